export { describeEventStoreContract } from './describe-event-store-contract';
export type { CreateEventStore, EventStoreUnderTest } from './contract-context';
