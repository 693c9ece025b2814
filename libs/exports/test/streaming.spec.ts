import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { EXPORT_FORMAT_NAMES } from '../src';
import { writeLargeLog } from './support/large-log';

const ROOT = resolve(__dirname, '../../..');
const MB = 1024 * 1024;
/** The heap the export may take beyond its start, loosely: a page of events and a chunk, many times over. */
const HEAP_GROWTH_BOUND = 64 * MB;
/** A hard cap too: an export that held the log (hundreds of megabytes as objects) could not finish under it. */
const OLD_SPACE_MB = 160;

interface Measured {
  baseline: number;
  peak: number;
  bytes: number;
  chunks: number;
}

describe('exports are streamed: memory stays bounded however large the log', () => {
  let dir: string;
  let file: string;
  let events: number;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'satupintu-large-log-'));
    file = join(dir, 'events.sqlite');
    const store = new SqliteEventStore(file);
    events = await writeLargeLog(store, 20_000);
    await store.close();
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(EXPORT_FORMAT_NAMES)(
    'given 200,000 events, when exported as %s to a slow reader, then the heap grows by a bounded amount while the output is far larger',
    async (format) => {
      expect(events).toBe(200_000);
      const { stdout } = await promisify(execFile)(
        process.execPath,
        [
          '--expose-gc',
          `--max-old-space-size=${OLD_SPACE_MB}`,
          '-r',
          './scripts/register.cjs',
          'libs/exports/test/support/export-to-null.ts',
          file,
          format,
        ],
        { cwd: ROOT, maxBuffer: MB },
      );
      const measured = JSON.parse(stdout) as Measured;
      expect(measured.bytes).toBeGreaterThan(1.5 * HEAP_GROWTH_BOUND);
      expect(measured.chunks).toBeGreaterThan(1000);
      expect(measured.peak - measured.baseline).toBeLessThan(HEAP_GROWTH_BOUND);
    },
    300_000,
  );
});
