import { join } from 'node:path';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { tempDatabase, type TempDatabase } from '../support/temp-database';
import { spawnTypeScript, untilExit } from '../support/run-child';

describe('A process using SqliteEventStore', () => {
  let database: TempDatabase;
  beforeEach(() => {
    database = tempDatabase('satupintu-lifetime-');
  });
  afterEach(async () => {
    await database.remove();
  });

  it('given an append issued and the store never closed, when the script has nothing left to do, then the append is acknowledged first and the process ends by itself', async () => {
    const child = await untilExit(spawnTypeScript(join(__dirname, 'unclosed-store.ts'), [database.file]));

    expect(child).toMatchObject({ code: 0, signal: null, stderr: '', stdout: '1\n' });
    const store = new SqliteEventStore(database.file);
    try {
      expect(await store.readStream('lifetime')).toHaveLength(1);
    } finally {
      await store.close();
    }
  }, 30_000);
});
