export * from './json';
export * from './event-store';
export * from './errors';
