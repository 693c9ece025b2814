/**
 * Child process of the streaming test: exports a store to a sink that discards it, and reports
 * the heap before and at its highest while writing. Run with --expose-gc.
 */
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { exportLog, isExportFormat } from '../../src';

async function main(): Promise<void> {
  const [file, format] = process.argv.slice(2);
  if (!isExportFormat(format)) throw new Error(`unknown format ${format}`);
  const store = new SqliteEventStore(file);
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  let bytes = 0;
  let chunks = 0;
  const sink = new Writable({
    highWaterMark: 64 * 1024,
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      chunks += 1;
      peak = Math.max(peak, process.memoryUsage().heapUsed);
      // A consumer slower than the producer: backpressure must hold the export back.
      setImmediate(done);
    },
  });
  await pipeline(Readable.from(exportLog(store, { format }).chunks), sink);
  await store.close();
  process.stdout.write(JSON.stringify({ baseline, peak, bytes, chunks }));
}

main().catch((error: unknown) => {
  process.stderr.write(String((error as Error).stack ?? error));
  process.exitCode = 1;
});
