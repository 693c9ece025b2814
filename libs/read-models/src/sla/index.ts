export { slaStatus, type SlaClock, type SlaOptions, type SlaStatus, type ReturnedPeriod } from './sla';
export { caseSla, type CaseClockFields } from './case-sla';
