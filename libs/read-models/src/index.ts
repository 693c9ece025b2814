export * from './accounts';
export * from './shared';
export * from './cases';
export * from './timeline';
export * from './registers';
export * from './tracking';
export * from './sla';
export { caseProjections } from './ptsp-projections';
