export { slaStatus, type SlaClock, type SlaOptions, type SlaStatus, type ReturnedPeriod } from './sla';
