import type { Projection } from '@satupintu/projections';
import { readWorkflowEvent } from '../shared/workflow-event';
import { CASE_STREAM_PREFIXES } from '../shared/case-streams';
import { evolveCase } from './case-lifecycle';
import { updateCaseQueue } from './case-queue';
import { insertCaseRecord, readStoredCase, updateCaseRecord } from './case-rows';
import { CASE_TABLES, setupCaseTables } from './case-schema';
import { indexApplicantName } from './name-search';
import { updateStateCounts } from './state-counts';

/** The case summaries, their queues, per-state counts and the name index. */
export const casesProjection: Projection = {
  name: 'cases',
  version: 1,
  streamPrefixes: CASE_STREAM_PREFIXES,
  tables: CASE_TABLES,
  setup: setupCaseTables,
  apply(db, recorded) {
    const event = readWorkflowEvent(recorded);
    if (event === undefined) return;
    const stored = readStoredCase(db, event.caseId);
    const before = stored?.record;
    // An event at or below the case's revision is in already: applying it again changes nothing.
    if (before !== undefined && event.revision <= before.revision) return;
    const after = evolveCase(before, event);
    if (after === undefined) return;
    if (stored === undefined) {
      insertCaseRecord(db, after);
      indexApplicantName(db, after);
    } else {
      updateCaseRecord(db, stored.row, after);
    }
    updateCaseQueue(db, before, after);
    updateStateCounts(db, before, after);
  },
};
