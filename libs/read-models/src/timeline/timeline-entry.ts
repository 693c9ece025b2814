import type { JsonObject } from '@satupintu/event-store';
import type { StoredPrincipal } from '../shared/workflow-event';

/** One step of a case's history: who did what, when, from which state to which. */
export interface TimelineEntry {
  caseId: string;
  revision: number;
  /** The stored event type, e.g. `FileReturned`. */
  type: string;
  at: string;
  actor: { id: string; name: string | null; roles: string[]; position: string | null };
  /** The officials the actor stood in for (Plh), as recorded; empty when they acted in their own right. */
  actingFor: StoredPrincipal[];
  from: string;
  to: string;
  data: JsonObject;
}
