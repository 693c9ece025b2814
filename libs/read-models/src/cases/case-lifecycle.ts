import { berkas, konsultasi, type WaitingOn } from '@satupintu/ptsp';
import type { WorkflowEvent } from '../shared/workflow-event';
import type { CaseRecord } from './case-record';
import { caseKindOf, type CaseKind } from '../shared/case-streams';
import { berkasChanges, berkasFinalStates, berkasWaitingOn, receivedBerkas } from './berkas-case';
import { askedKonsultasi, konsultasiChanges, konsultasiFinalStates, konsultasiWaitingOn } from './konsultasi-case';

/** What differs between a file and a consultation; everything else about a case is shared. */
interface KindRules {
  startEvent: string;
  start(event: WorkflowEvent): CaseRecord;
  changes(record: CaseRecord, event: WorkflowEvent): Partial<CaseRecord>;
  waitingOn(record: CaseRecord): WaitingOn | null;
  /** Where the office's work is done and the SLA clock stops. */
  readyState: string;
  finalStates: readonly string[];
}

const RULES: Record<CaseKind, KindRules> = {
  berkas: {
    startEvent: berkas.eventTypes.receive,
    start: receivedBerkas,
    changes: berkasChanges,
    waitingOn: berkasWaitingOn,
    readyState: 'ready',
    finalStates: berkasFinalStates,
  },
  konsultasi: {
    startEvent: konsultasi.eventTypes.ask,
    start: askedKonsultasi,
    changes: konsultasiChanges,
    waitingOn: konsultasiWaitingOn,
    readyState: 'answered',
    finalStates: konsultasiFinalStates,
  },
};

/** The state in which a file is with the applicant and the SLA clock pauses. */
export const RETURNED_STATE = 'returned';

/**
 * The case after one more of its events; undefined when the event does not start or continue a
 * case (a stream of another workflow, or a first event of an unknown kind). Pure: the projection
 * and the tests both fold events with it.
 */
export function evolveCase(record: CaseRecord | undefined, event: WorkflowEvent): CaseRecord | undefined {
  const kind = caseKindOf(event.caseId);
  if (kind === undefined) return undefined;
  const rules = RULES[kind];
  if (record === undefined) {
    return event.type === rules.startEvent ? withLifecycle(rules.start(event), event, rules) : undefined;
  }
  return withLifecycle({ ...record, ...rules.changes(record, event) }, event, rules);
}

/** State, times and who-acts-next, which follow from the state the event led to. */
function withLifecycle(record: CaseRecord, event: WorkflowEvent, rules: KindRules): CaseRecord {
  const next: CaseRecord = { ...record, state: event.stateAfter, revision: event.revision, updatedAt: event.at };
  const wasReturned = event.revision > 0 && event.stateBefore === RETURNED_STATE;
  const isReturned = event.stateAfter === RETURNED_STATE;
  if (!wasReturned && isReturned) {
    next.returnedAt = event.at;
    next.returnedPeriods = [...record.returnedPeriods, { from: event.at }];
  } else if (wasReturned && !isReturned && record.returnedAt !== null) {
    next.returnedMs = record.returnedMs + (Date.parse(event.at) - Date.parse(record.returnedAt));
    next.returnedAt = null;
    next.returnedPeriods = record.returnedPeriods.map((p) => (p.to ? p : { from: p.from, to: event.at }));
  }
  if (event.stateAfter === rules.readyState && next.readyAt === null) next.readyAt = event.at;
  if (rules.finalStates.includes(event.stateAfter)) next.closedAt = event.at;
  next.waitingOn = rules.waitingOn(next);
  return next;
}
