export * from './engine';
export * from './instance-cache';
