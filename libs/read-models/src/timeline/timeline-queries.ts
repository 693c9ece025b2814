import { prepared, type ReadModelDb } from '@satupintu/projections';
import type { JsonObject } from '@satupintu/event-store';
import { fromJson } from '../shared/json-column';
import type { StoredPrincipal } from '../shared/workflow-event';
import type { TimelineEntry } from './timeline-entry';

interface TimelineRow {
  case_id: string;
  revision: number;
  type: string;
  at: string;
  actor_id: string;
  actor_name: string | null;
  actor_roles: string;
  actor_position: string | null;
  acting_for: string;
  state_from: string;
  state_to: string;
  data: string;
}

/** A case's history in order; empty for a case that does not exist. */
export function getTimeline(db: ReadModelDb, caseId: string): TimelineEntry[] {
  return prepared<[string], TimelineRow>(db, 'SELECT * FROM case_timeline WHERE case_id = ? ORDER BY revision')
    .all(caseId)
    .map((row) => ({
      caseId: row.case_id,
      revision: row.revision,
      type: row.type,
      at: row.at,
      actor: {
        id: row.actor_id,
        name: row.actor_name,
        roles: fromJson<string[]>(row.actor_roles) ?? [],
        position: row.actor_position,
      },
      actingFor: fromJson<StoredPrincipal[]>(row.acting_for) ?? [],
      from: row.state_from,
      to: row.state_to,
      data: fromJson<JsonObject>(row.data) ?? {},
    }));
}
