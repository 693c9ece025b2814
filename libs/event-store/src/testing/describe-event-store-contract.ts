import type { EventStore } from '../port';
import { atomicityContract } from './atomicity.contract';
import { concurrencyContract } from './concurrency.contract';
import type { CreateEventStore, EventStoreUnderTest } from './contract-context';
import { expectedRevisionContract } from './expected-revision.contract';
import { readAllContract } from './read-all.contract';
import { readingContract } from './reading.contract';
import { serializationContract } from './serialization.contract';
import { subscriptionContract } from './subscription.contract';

/**
 * The behaviour every EventStore adapter must have, as jest specs. Call it at the top level
 * of an adapter's spec file:
 *
 *     describeEventStoreContract('SqliteEventStore', async () => ({ store: new SqliteEventStore(file) }));
 *
 * `create` runs before every test; the store is closed (then `cleanup` runs) after it. The
 * store need not be empty: every spec uses stream ids of its own and checkpoints taken with
 * a marker event, so an adapter over a shared server (EventStoreDB) can run the suite too.
 */
export function describeEventStoreContract(name: string, create: CreateEventStore): void {
  describe(`${name} honours the EventStore contract`, () => {
    let underTest: EventStoreUnderTest | undefined;
    const currentStore = (): EventStore => {
      if (underTest === undefined) throw new Error('no store: create() did not run or failed');
      return underTest.store;
    };

    beforeEach(async () => {
      underTest = await create();
    });
    afterEach(async () => {
      const finished = underTest;
      underTest = undefined;
      if (finished === undefined) return;
      try {
        await finished.store.close();
      } finally {
        await finished.cleanup?.();
      }
    });

    expectedRevisionContract(currentStore);
    atomicityContract(currentStore);
    readingContract(currentStore);
    readAllContract(currentStore);
    serializationContract(currentStore);
    subscriptionContract(currentStore);
    concurrencyContract(currentStore);
  });
}
