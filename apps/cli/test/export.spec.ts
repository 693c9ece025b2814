import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { promisify } from 'node:util';
import type { RecordedEvent } from '@satupintu/event-store';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { runCli } from '../src/cli';
import type { CliIo } from '../src/io';

const ROOT = resolve(__dirname, '../../..');
const XSD = join(ROOT, 'libs/exports/standards/xes-ieee1849-2016.xsd');

interface Run {
  code: number;
  out: string;
  err: string;
  /** What a streamed command wrote to its output. */
  output: string;
  progress: string;
}

function captured(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  let text = '';
  stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
  return { stream, text: () => text };
}

async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const output = captured();
  const progress = captured();
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    output: output.stream,
    progress: progress.stream,
  };
  const code = await runCli(argv, io);
  return {
    code,
    out: out.join('\n'),
    err: err.join('\n'),
    output: output.text(),
    progress: progress.text(),
  };
}

describe('the command line: export', () => {
  let data: string;
  let events: RecordedEvent[];

  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'satupintu-cli-export-'));
    expect((await cli('--data', data, 'seed', '--count', '16')).code).toBe(0);
    const store = new SqliteEventStore(join(data, 'events.sqlite'));
    events = await store.readAll();
    await store.close();
  });
  afterAll(() => rmSync(data, { recursive: true, force: true }));

  it('writes XES to a file, valid against the IEEE 1849 schema, and says so; no partial file or spool is left', async () => {
    const file = join(data, 'log.xes');
    const run = await cli('--data', data, 'export', '--format', 'xes', '--out', file);
    expect(run.code).toBe(0);
    expect(run.err).toMatch(
      new RegExp(
        `^Wrote ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(xes, \\d+ bytes\\)\\.$`,
      ),
    );
    const { stderr } = await promisify(execFile)('xmllint', ['--noout', '--schema', XSD, file]);
    expect(stderr).toContain('validates');
    expect(existsSync(`${file}.part`)).toBe(false);
    expect(readdirSync(join(data, 'export-spool'))).toEqual([]);
  });

  it('writes JSON lines to stdout: every stored event, one a line', async () => {
    const run = await cli('--data', data, 'export', '--format', 'jsonl');
    expect(run.code).toBe(0);
    const ids = run.output
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(events.map((e) => e.id));
  });

  it('exports a period as CSV and OCEL: only the events whose own time falls within it', async () => {
    const times = events.map((e) => String(e.metadata.occurredAt ?? e.recordedAt)).sort();
    const from = times[Math.floor(times.length / 3)];
    const to = times[Math.floor((2 * times.length) / 3)];
    const inside = events.filter((e) => {
      const at = String(e.metadata.occurredAt ?? e.recordedAt);
      return at >= from && at < to;
    });
    const csv = await cli('--data', data, 'export', '--format', 'csv', '--from', from, '--to', to);
    expect(csv.output.trimEnd().split('\r\n')).toHaveLength(inside.length + 1);
    const file = join(data, 'period.jsonocel');
    expect(
      (await cli('--data', data, 'export', '-f', 'ocel', '--from', from, '--to', to, '-o', file))
        .code,
    ).toBe(0);
    const ocel = JSON.parse(readFileSync(file, 'utf8')) as { events: Array<{ id: string }> };
    expect(ocel.events.map((e) => e.id)).toEqual(
      inside.filter((e) => !e.streamId.startsWith('sequence-')).map((e) => e.id),
    );
  });

  it('shows a progress bar on request, on stderr, never in the export', async () => {
    const run = await cli('--data', data, 'export', '--format', 'xes', '--progress');
    expect(run.code).toBe(0);
    expect(run.progress).toMatch(/writing \|[█░]+\| 100% \| \d+\/\d+ written/);
    expect(run.output).not.toContain('written');
    expect((await cli('--data', data, 'export', '--format', 'csv', '--no-progress')).progress).toBe(
      '',
    );
  });

  it('refuses a missing or unknown format, a bad period and a file it cannot write, saying why', async () => {
    const missing = await cli('--data', data, 'export');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("required option '-f, --format <format>' not specified");
    const unknown = await cli('--data', data, 'export', '--format', 'pdf');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('Allowed choices are xes, ocel, csv, jsonl');
    const period = await cli('--data', data, 'export', '--format', 'csv', '--from', '2026-02-30');
    expect(period).toMatchObject({
      code: 1,
      err: 'error: --from: 2026-02-30 is not a day of the calendar',
      output: '',
    });
    const nowhere = join(data, 'no-such-folder', 'log.csv');
    const unwritable = await cli('--data', data, 'export', '--format', 'csv', '--out', nowhere);
    expect(unwritable.code).toBe(1);
    expect(unwritable.err).toMatch(/^error: Cannot write .*no-such-folder\/log\.csv: ENOENT/);
  });

  it('runs as a real process, the export on stdout', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '-r',
        './scripts/register.cjs',
        'apps/cli/src/main.ts',
        '--data',
        data,
        'export',
        '--format',
        'jsonl',
      ],
      { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
    );
    expect(stdout.trimEnd().split('\n')).toHaveLength(events.length);
  });
});
