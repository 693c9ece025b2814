export * from './decide';
export * from './replay';
export * from './audit';
export * from './possible-commands';
export * from './state-name';
export * from './pure-transition';
