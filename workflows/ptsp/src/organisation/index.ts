export * from './units';
export * from './roles';
