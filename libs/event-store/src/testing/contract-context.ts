import type { EventStore } from '../port';

/** What an adapter's spec hands the contract: a fresh store per test, and how to dispose of it. */
export interface EventStoreUnderTest {
  store: EventStore;
  /** Runs after `store.close()`: delete files, drop databases. */
  cleanup?: () => Promise<void>;
}

export type CreateEventStore = () => Promise<EventStoreUnderTest>;

/** Gives each contract spec the store of the running test. */
export type CurrentStore = () => EventStore;
