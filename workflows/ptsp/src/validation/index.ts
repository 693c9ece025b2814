export * from './problem';
export * from './nip';
export * from './phone';
export * from './tracking-code';
