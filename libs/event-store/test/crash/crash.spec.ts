import { join } from 'node:path';
import type { RecordedEvent } from '@satupintu/event-store';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { tempDatabase, type TempDatabase } from '../support/temp-database';
import { spawnTypeScript } from '../support/run-child';

const KILL_AFTER_ACKS = 600;

interface CrashedWriter {
  acknowledgedIds: string[];
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs crash-writer.ts on `file` and SIGKILLs it once it has acknowledged `killAfter` events. */
function runWriterUntilKilled(file: string, killAfter: number): Promise<CrashedWriter> {
  const child = spawnTypeScript(join(__dirname, 'crash-writer.ts'), [file, '8']);
  const acknowledgedIds: string[] = [];
  let partialLine = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    const lines = (partialLine + chunk).split('\n');
    // A line without its newline may have been cut by the kill: it is not an acknowledgement.
    partialLine = lines.pop() ?? '';
    acknowledgedIds.push(...lines.filter((line) => line.length > 0));
    if (acknowledgedIds.length >= killAfter) child.kill('SIGKILL');
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (_code, signal) => resolvePromise({ acknowledgedIds, signal, stderr }));
  });
}

function groupByStream(events: RecordedEvent[]): Map<string, RecordedEvent[]> {
  const streams = new Map<string, RecordedEvent[]>();
  for (const event of events) streams.set(event.streamId, [...(streams.get(event.streamId) ?? []), event]);
  return streams;
}

describe('SqliteEventStore survives a crash of the writing process', () => {
  let database: TempDatabase;
  beforeEach(() => {
    database = tempDatabase('satupintu-crash-');
  });
  afterEach(async () => {
    await database.remove();
  });

  it(`given a writer SIGKILLed after ${KILL_AFTER_ACKS} acknowledged events, when the file is reopened, then every acknowledged event is there, streams are gap-free and no append is torn`, async () => {
    const crashed = await runWriterUntilKilled(database.file, KILL_AFTER_ACKS);
    expect({ signal: crashed.signal, stderr: crashed.stderr }).toEqual({ signal: 'SIGKILL', stderr: '' });
    expect(crashed.acknowledgedIds.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);

    const store = new SqliteEventStore(database.file);
    try {
      const recorded = await store.readAll();
      const recordedIds = new Set(recorded.map((event) => event.id));
      const lost = crashed.acknowledgedIds.filter((id) => !recordedIds.has(id));
      expect(lost).toEqual([]);

      const streams = groupByStream(recorded);
      expect(streams.size).toBe(8);
      for (const events of streams.values()) {
        expect(events.map((event) => event.revision)).toEqual(events.map((_, n) => n));
        expect(events.length % 3).toBe(0); // appends of three events: all or none
      }
    } finally {
      await store.close();
    }
  }, 60_000);
});
