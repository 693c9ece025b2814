import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { describeEventStoreContract } from '@satupintu/event-store/testing';
import { tempDatabase } from '../../test/support/temp-database';

describeEventStoreContract('SqliteEventStore on a file', async () => {
  const database = tempDatabase();
  return { store: new SqliteEventStore(database.file), cleanup: database.remove };
});

describeEventStoreContract("SqliteEventStore on ':memory:'", async () => ({ store: new SqliteEventStore(':memory:') }));
