/**
 * Child process of crash.spec.ts: appends to a SQLite event store until it is killed.
 *
 *     node -r @swc-node/register crash-writer.ts <file> <writers>
 *
 * Each of <writers> concurrent loops appends three events at a time to its own stream, so
 * group commit is at work. As soon as an append resolves (= acknowledged durable), the ids
 * of its events go to stdout, one line each, with a synchronous write: a line on stdout is a
 * promise the store made.
 */
import { randomUUID } from 'node:crypto';
import { writeSync } from 'node:fs';
import type { ExpectedRevision, NewEvent } from '../../src/port';
import { SqliteEventStore } from '../../src/sqlite';

const EVENTS_PER_APPEND = 3;

async function appendForever(store: SqliteEventStore, streamId: string): Promise<never> {
  let expectedRevision: ExpectedRevision = 'no_stream';
  for (;;) {
    const events: NewEvent[] = Array.from({ length: EVENTS_PER_APPEND }, (_, n) => ({ id: randomUUID(), type: 'CrashTested', data: { n } }));
    const result = await store.appendToStream(streamId, events, { expectedRevision });
    expectedRevision = result.nextExpectedRevision;
    writeSync(1, events.map((event) => `${event.id}\n`).join(''));
  }
}

async function main(): Promise<void> {
  const [file, writers = '8'] = process.argv.slice(2);
  if (!file) throw new Error('usage: crash-writer.ts <file> [writers]');
  const store = new SqliteEventStore(file);
  await Promise.all(Array.from({ length: Number(writers) }, (_, k) => appendForever(store, `crash-${k}`)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
