export * from './reading';
export * from './checked-event';
