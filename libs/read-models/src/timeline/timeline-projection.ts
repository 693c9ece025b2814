import { prepared, type Projection } from '@satupintu/projections';
import { toJson } from '../shared/json-column';
import { readWorkflowEvent } from '../shared/workflow-event';
import { CASE_STREAM_PREFIXES } from '../shared/case-streams';

/** One row per event of every case, keyed by case and revision: a case's history is one range of the key. */
export const timelineProjection: Projection = {
  name: 'timeline',
  version: 1,
  streamPrefixes: CASE_STREAM_PREFIXES,
  tables: ['case_timeline'],
  setup(db) {
    db.exec(`CREATE TABLE IF NOT EXISTS case_timeline (
      case_id TEXT NOT NULL,
      revision INTEGER NOT NULL,
      type TEXT NOT NULL,
      at TEXT NOT NULL,
      actor_id TEXT NOT NULL,
      actor_name TEXT,
      actor_roles TEXT NOT NULL,
      actor_position TEXT,
      acting_for TEXT NOT NULL,
      state_from TEXT NOT NULL,
      state_to TEXT NOT NULL,
      data TEXT NOT NULL,
      PRIMARY KEY (case_id, revision)
    ) STRICT, WITHOUT ROWID`);
  },
  apply(db, recorded) {
    const event = readWorkflowEvent(recorded);
    if (event === undefined) return;
    const { actor } = event;
    prepared(
      db,
      `INSERT OR IGNORE INTO case_timeline
       (case_id, revision, type, at, actor_id, actor_name, actor_roles, actor_position, acting_for, state_from, state_to, data)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      event.caseId,
      event.revision,
      event.type,
      event.at,
      actor.id,
      actor.name ?? null,
      toJson(actor.roles ?? []),
      actor.position ?? null,
      toJson(actor.actingFor ?? []),
      event.stateBefore,
      event.stateAfter,
      toJson(event.data),
    );
  },
};
