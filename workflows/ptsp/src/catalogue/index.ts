export * from './types';
export * from './catalogue';
export * from './service-rules';
export * from './catalogue-rules';
export * from './catalogue-change';
export * from './service-diff';
