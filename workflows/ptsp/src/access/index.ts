export * from './requirement';
export * from './permissions';
export * from './content-check';
export * from './acted-by';
export * from './common-checks';
