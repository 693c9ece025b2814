import { slaStatus, type ReturnedPeriod, type SlaOptions, type SlaStatus } from './sla';

/** The fields of a case summary the SLA clock reads. */
export interface CaseClockFields {
  receivedAt: string;
  slaWorkingDays: number;
  returnedPeriods: ReturnedPeriod[];
  readyAt: string | null;
  closedAt: string | null;
}

/**
 * The SLA of a case as listed: the clock stops when the office's work is done (ready for pickup,
 * a question answered) or, failing that, when the case closed (withdrawn, expired).
 */
export function caseSla(summary: CaseClockFields, options: SlaOptions): SlaStatus {
  return slaStatus(
    {
      receivedAt: summary.receivedAt,
      slaWorkingDays: summary.slaWorkingDays,
      returnedPeriods: summary.returnedPeriods,
      stoppedAt: summary.readyAt ?? summary.closedAt,
    },
    options,
  );
}
