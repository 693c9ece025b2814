import { join } from 'node:path';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { tempDatabase, type TempDatabase } from '../support/temp-database';
import { spawnTypeScript, untilExit } from '../support/run-child';

const APPENDS_PER_PROCESS = 150;
const STREAMS = 3;

describe('SqliteEventStore with several processes on one file', () => {
  let database: TempDatabase;
  beforeEach(() => {
    database = tempDatabase('satupintu-multi-process-');
  });
  afterEach(async () => {
    await database.remove();
  });

  it('given two processes appending optimistically to the same streams, when both finish, then no append failed for any reason but a conflict and every stream is gap-free', async () => {
    // Create the file (and its WAL mode) before the children race to do it.
    await new SqliteEventStore(database.file).close();
    const script = join(__dirname, 'contending-writer.ts');
    const children = [0, 1].map(() => untilExit(spawnTypeScript(script, [database.file, String(APPENDS_PER_PROCESS), String(STREAMS)])));
    const finished = await Promise.all(children);

    for (const child of finished) {
      expect({ code: child.code, stderr: child.stderr }).toEqual({ code: 0, stderr: '' });
      expect(JSON.parse(child.stdout)).toMatchObject({ appended: APPENDS_PER_PROCESS, errors: [] });
    }
    const store = new SqliteEventStore(database.file);
    try {
      for (let k = 0; k < STREAMS; k += 1) {
        const events = await store.readStream(`contended-${k}`);
        expect(events.map((event) => event.revision)).toEqual(events.map((_, n) => n));
      }
      expect(await store.readAll()).toHaveLength(2 * APPENDS_PER_PROCESS);
    } finally {
      await store.close();
    }
  }, 60_000);
});
