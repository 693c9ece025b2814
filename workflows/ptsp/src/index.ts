/**
 * The PTSP domain: the service catalogue, the organisation, validators, and the two workflows.
 * The workflows share names (stateLabels, waitingOn, …), so each is exported as a namespace:
 * `berkas.stateLabels`, `konsultasi.waitingOn(snapshot)`.
 */
export * from './i18n/text';
export * from './time/wita';
export * from './organisation';
export * from './catalogue';
export * from './validation';
export type { Requirement, WaitingOn } from './access/requirement';
export type { Permissions } from './access/permissions';
export type { ContentCheck } from './access/content-check';
export type { ActedBy } from './access/acted-by';
export * as berkas from './berkas';
export * as konsultasi from './konsultasi';
export { berkasWorkflow } from './berkas/definition';
export { konsultasiWorkflow } from './konsultasi/definition';
export * from './workflows';
export * from './presentation';
