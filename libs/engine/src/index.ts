export * from './workflow';
export * from './errors';
export * from './decide';
export * from './integrity';
export * from './sequences';
export * from './engine';
