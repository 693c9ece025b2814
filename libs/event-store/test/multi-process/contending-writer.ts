/**
 * Child process of multi-process.spec.ts: one of several processes appending to the same
 * streams of one SQLite file, optimistically: read the stream's revision, append expecting
 * it, retry on WrongExpectedRevisionError. Prints a JSON summary on exit.
 *
 *     node -r @swc-node/register contending-writer.ts <file> <appends> <streams>
 */
import { randomUUID } from 'node:crypto';
import { isWrongExpectedRevision } from '../../src/port';
import { SqliteEventStore } from '../../src/sqlite';

async function main(): Promise<void> {
  const [file, appendsArg, streamsArg] = process.argv.slice(2);
  const store = new SqliteEventStore(file);
  const streams = Array.from({ length: Number(streamsArg) }, (_, k) => `contended-${k}`);
  const summary = { appended: 0, conflicts: 0, errors: [] as string[] };

  // A few concurrent loops per process, so the batches of the two processes interleave.
  const loops = Array.from({ length: 4 }, async (_, loop) => {
    for (let n = loop; n < Number(appendsArg); n += 4) {
      const streamId = streams[n % streams.length];
      for (;;) {
        const [last] = await store.readStream(streamId, { direction: 'backwards', maxCount: 1 });
        try {
          await store.appendToStream(streamId, [{ id: randomUUID(), type: 'Contended', data: { pid: process.pid, n } }], {
            expectedRevision: last === undefined ? 'no_stream' : last.revision,
          });
          summary.appended += 1;
          break;
        } catch (error) {
          if (!isWrongExpectedRevision(error)) {
            summary.errors.push(String(error));
            break;
          }
          summary.conflicts += 1;
        }
      }
    }
  });
  await Promise.all(loops);
  await store.close();
  process.stdout.write(JSON.stringify(summary));
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
