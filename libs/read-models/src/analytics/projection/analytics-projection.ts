import type { Projection, ReadModelDb } from '@satupintu/projections';
import { CALENDAR_STREAM_PREFIX } from '../../accounts/account-events';
import { CASE_STREAM_PREFIXES, caseKindOf } from '../../shared/case-streams';
import { readWorkflowEvent, type WorkflowEvent } from '../../shared/workflow-event';
import { ANALYTICS_TABLES, setupAnalyticsTables } from './analytics-schema';
import {
  EXPIRED_EVENT,
  KIND_FACTS,
  RETURNED_EVENT,
  RETURNED_STATE,
  WITHDRAWN_EVENT,
  type KindFacts,
} from './case-kinds';
import {
  advanceFlow,
  insertFlow,
  readFlow,
  startedFlow,
  updateFlow,
  type CaseFlow,
} from './case-flow';
import { applyHolidays } from './holiday-rows';
import { pauseClock, recountDueDates, resumeClock, startClock, stopClock } from './sla-rows';
import { recordStay } from './stay-recorder';
import { countThroughput } from './throughput-rows';

/**
 * The supervisors' read models (see analytics-schema.ts): time in state, waits per official, the
 * SLA clock per case and throughput per day, from the case events' own timestamps (the engine's
 * decision time), and the office's holidays from the calendar streams.
 */
export const analyticsProjection: Projection = {
  name: 'analytics',
  version: 4,
  streamPrefixes: [...CASE_STREAM_PREFIXES, CALENDAR_STREAM_PREFIX],
  tables: ANALYTICS_TABLES,
  setup: setupAnalyticsTables,
  apply(db, recorded) {
    if (recorded.streamId.startsWith(CALENDAR_STREAM_PREFIX)) {
      if (applyHolidays(db, recorded)) recountDueDates(db);
      return;
    }
    const event = readWorkflowEvent(recorded);
    const kind = event && caseKindOf(event.caseId);
    if (event === undefined || kind === undefined) return;
    const facts = KIND_FACTS[kind];
    const before = readFlow(db, event.caseId, kind);
    if (before === undefined) {
      if (event.revision === 0 && event.type === facts.startEvent) start(db, event, facts);
      return;
    }
    // An event at or below the case's revision is in already.
    if (event.revision <= before.revision) return;
    advance(db, before, event, facts);
  },
};

function start(db: ReadModelDb, event: WorkflowEvent, facts: KindFacts): void {
  const record = facts.start(event);
  const at = Date.parse(event.at);
  insertFlow(db, startedFlow(record, event, facts));
  startClock(db, record, at);
  countThroughput(db, 'received', record.serviceCode, at);
}

function advance(db: ReadModelDb, before: CaseFlow, event: WorkflowEvent, facts: KindFacts): void {
  const at = Date.parse(event.at);
  const { after, stayEnded } = advanceFlow(before, event, facts);
  if (stayEnded) {
    recordStay(db, {
      state: before.state,
      serviceCode: before.serviceCode,
      subdivision: before.subdivision,
      endedAtMs: at,
      durationMs: at - before.sinceMs,
      position: event.position,
    });
  }
  updateFlow(db, after);
  moveClock(db, before, after, at, facts);
  const service = before.serviceCode;
  if (event.type === RETURNED_EVENT) countThroughput(db, 'returned', service, at);
  if (event.type === EXPIRED_EVENT) countThroughput(db, 'expired', service, at);
  if (event.type === WITHDRAWN_EVENT) countThroughput(db, 'withdrawn', service, at);
}

/** Pauses the SLA clock while the file is returned, and stops it when the work is done or the case closed. */
function moveClock(
  db: ReadModelDb,
  before: CaseFlow,
  after: CaseFlow,
  at: number,
  facts: KindFacts,
): void {
  if (after.state === before.state) return;
  if (before.state === RETURNED_STATE && !after.final) resumeClock(db, after.caseId, at);
  if (after.state === RETURNED_STATE) pauseClock(db, after.caseId, at);
  if (after.state === facts.readyState) {
    const late = stopClock(db, after.caseId, at);
    if (late !== undefined) {
      countThroughput(db, 'completed', after.serviceCode, at);
      if (late) countThroughput(db, 'completed_late', after.serviceCode, at);
    }
  } else if (after.final) {
    stopClock(db, after.caseId, at);
  }
}
