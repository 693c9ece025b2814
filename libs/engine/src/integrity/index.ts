export * from './event-metadata';
export * from './hash-chain';
export * from './canonical-json';
export * from './stream-chain';
export * from './head-anchor';
