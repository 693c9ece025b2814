export * from './event-metadata';
export * from './hash-chain';
