export * from './port';
export { InMemoryEventStore } from './in-memory';
