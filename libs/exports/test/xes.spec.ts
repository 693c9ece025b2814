import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { exportLog, xesLog, type LogEvent } from '../src';
import { collect, demoLog, isCaseEvent, type DemoLog } from './support/demo-log';

const XSD = resolve(__dirname, '../standards/xes-ieee1849-2016.xsd');
const run = promisify(execFile);

async function xmllint(
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('xmllint', args, { maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const xpath = async (file: string, expression: string) =>
  (await xmllint('--xpath', expression, file)).stdout.trim();

describe('XES export (IEEE 1849)', () => {
  let log: DemoLog;
  let file: string;

  beforeAll(async () => {
    log = await demoLog();
    file = join(log.dir, 'log.xes');
    writeFileSync(file, await collect(exportLog(log.store, { format: 'xes' }).chunks));
  });
  afterAll(() => log.remove());

  it('given the demo log, when exported as XES, then xmllint validates it against the IEEE 1849-2016 schema', async () => {
    const result = await xmllint('--noout', '--schema', XSD, file);
    expect(result.stderr).toContain('validates');
    expect(result.code).toBe(0);
  });

  it('has one trace per case, named by the case id, and an event per stored step of it in revision order', async () => {
    const caseEvents = log.events.filter(isCaseEvent);
    const cases = [...new Set(caseEvents.map((e) => e.streamId))];
    expect(Number(await xpath(file, 'count(/log/trace)'))).toBe(cases.length);
    expect(Number(await xpath(file, 'count(/log/trace/event)'))).toBe(caseEvents.length);

    const handedOver = caseEvents.find((e) => e.type === 'FileHandedOver')!.streamId;
    const trace = `/log/trace[string[@key="concept:name"]/@value="${handedOver}"]`;
    const steps = caseEvents.filter((e) => e.streamId === handedOver);
    const names = await xpath(file, `${trace}/event/string[@key="concept:name"]/@value`);
    expect(names.split('\n').map((line) => line.trim().replace(/^value="|"$/g, ''))).toEqual(
      steps.map((e) => e.type),
    );
    const last = steps[steps.length - 1];
    const lastEvent = `${trace}/event[last()]`;
    expect(await xpath(file, `string(${lastEvent}/date[@key="time:timestamp"]/@value)`)).toBe(
      last.metadata.occurredAt,
    );
    expect(
      await xpath(file, `string(${lastEvent}/string[@key="lifecycle:transition"]/@value)`),
    ).toBe('complete');
    expect(await xpath(file, `string(${lastEvent}/string[@key="org:resource"]/@value)`)).toBe(
      (last.metadata.actor as { name: string }).name,
    );
  });

  it('declares the concept, time, lifecycle and org extensions and has no default namespace', async () => {
    const prefixes = await xpath(file, '/log/extension/@prefix');
    expect(prefixes.split('\n').map((l) => l.trim())).toEqual([
      'prefix="concept"',
      'prefix="time"',
      'prefix="lifecycle"',
      'prefix="org"',
    ]);
    expect(await xpath(file, 'string(/log/@xes.version)')).toBe('1.0');
    expect(await xpath(file, 'namespace-uri(/log)')).toBe('');
  });

  it('given a period, then only the steps within it, traces cut to it', async () => {
    const caseEvents = log.events.filter(isCaseEvent);
    const times = caseEvents.map((e) => String(e.metadata.occurredAt)).sort();
    const from = new Date(times[Math.floor(times.length / 2)]);
    const inside = caseEvents.filter(
      (e) => Date.parse(String(e.metadata.occurredAt)) >= from.getTime(),
    );
    const cut = join(log.dir, 'cut.xes');
    writeFileSync(
      cut,
      await collect(exportLog(log.store, { format: 'xes', period: { from } }).chunks),
    );
    expect((await xmllint('--noout', '--schema', XSD, cut)).code).toBe(0);
    expect(Number(await xpath(cut, 'count(/log/trace/event)'))).toBe(inside.length);
    expect(Number(await xpath(cut, 'count(/log/trace)'))).toBe(
      new Set(inside.map((e) => e.streamId)).size,
    );
  });

  it('given text with markup, quotes, line breaks and control characters, then it stays valid XML and reads back', async () => {
    const awkward = 'Berkas <A&B> "kutip" \'satu\'\nbaris dua\u0001';
    const event: LogEvent = {
      position: 1,
      streamId: 'berkas-x',
      revision: 0,
      eventId: 'e-1',
      type: 'FileReceived',
      occurredAt: '2026-03-02T01:00:00.000Z',
      recordedAt: '2026-03-02T01:00:00.000Z',
      actor: { id: 'u-1', name: awkward, position: null, roles: ['front_office'], actingFor: [] },
      stateBefore: 'start',
      stateAfter: 'verification',
      workflow: { name: 'berkas', version: 1 },
      data: { note: awkward },
      metadata: {},
    };
    async function* oneTrace() {
      yield { caseId: 'berkas-x', events: [event] };
    }
    const odd = join(log.dir, 'odd.xes');
    writeFileSync(odd, await collect(xesLog(oneTrace())));
    expect((await xmllint('--noout', '--schema', XSD, odd)).code).toBe(0);
    expect(await xpath(odd, 'string(//event/string[@key="org:resource"]/@value)')).toBe(
      awkward.replace('\u0001', '\uFFFD'),
    );
  });
});
