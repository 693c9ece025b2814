import { DAY_MS } from '@satupintu/ptsp';
import { runningStretches, runningTimeUntil, instantAfterRunning, type Pause } from './running-time';
import { workingDayTest } from './working-days';

/** A time the file spent returned to the applicant; `to` is missing while it still is. */
export interface ReturnedPeriod {
  from: string;
  to?: string | null;
}

/** What the SLA clock of one case needs (a CaseSummary has these fields). */
export interface SlaClock {
  receivedAt: string;
  slaWorkingDays: number;
  returnedPeriods?: readonly ReturnedPeriod[];
  /** When the office's work ended (ready for pickup, or closed): the clock stops there. */
  stoppedAt?: string | null;
}

export interface SlaOptions {
  now: Date | string;
  /** Days the office is closed besides weekends, as WITA dates `YYYY-MM-DD`. */
  holidays?: readonly string[];
}

export interface SlaStatus {
  /**
   * When the promised working days run out. While the file is with the applicant this assumes it
   * comes back now: each further day away moves the date on.
   */
  dueAt: string;
  /** The promise was broken: more working time ran than promised (up to now, or until the clock stopped). */
  breached: boolean;
  /** The file is with the applicant: the clock does not run. */
  paused: boolean;
  /** The office's work has ended: the clock no longer runs. */
  stopped: boolean;
  elapsedWorkingMs: number;
  /** Negative once breached. */
  remainingWorkingMs: number;
}

/**
 * The SLA clock of UU 25/2009's completion-time promise. It counts N working days from receipt:
 * it runs through whole WITA working days (Monday to Friday, not holidays), so a file received
 * Monday 10:00 with a 1-day promise is due Tuesday 10:00, and one received on Saturday starts its
 * clock on Monday at 00:00. It does not run while the file is returned to the applicant (the
 * applicant's turn, not the office's) and resumes on resubmission.
 */
export function slaStatus(clock: SlaClock, options: SlaOptions): SlaStatus {
  const now = new Date(options.now).getTime();
  const start = Date.parse(clock.receivedAt);
  const end = clock.stoppedAt ? Date.parse(clock.stoppedAt) : now;
  const pauses: Pause[] = (clock.returnedPeriods ?? []).map((p) => ({
    from: Date.parse(p.from),
    // A period still open lasts until the clock is read (or stopped).
    to: p.to ? Date.parse(p.to) : Math.max(end, Date.parse(p.from)),
  }));
  const isWorkingDay = workingDayTest(options.holidays);
  const budget = clock.slaWorkingDays * DAY_MS;
  const elapsed = runningTimeUntil(runningStretches(start, pauses, isWorkingDay), end);
  const due = instantAfterRunning(runningStretches(start, pauses, isWorkingDay), budget);
  const stopped = Boolean(clock.stoppedAt);
  return {
    dueAt: new Date(due).toISOString(),
    breached: elapsed > budget,
    paused: !stopped && (clock.returnedPeriods ?? []).some((p) => !p.to),
    stopped,
    elapsedWorkingMs: elapsed,
    remainingWorkingMs: budget - elapsed,
  };
}
