export * from './actor';
export * from './command';
export * from './definition';
export * from './registry';
