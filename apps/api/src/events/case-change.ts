import type { RecordedEvent } from '@satupintu/event-store';

/** One change of a case, as live updates carry it: enough to refetch, nothing personal. */
export interface CaseChange {
  caseId: string;
  kind: string;
  revision: number;
  /** The stored event type, e.g. FileReturned. */
  type: string;
  state: string;
  at: string;
  /** The change's global position: the SSE message id. */
  position: number;
}

export function caseChangeOf(event: RecordedEvent): CaseChange {
  const metadata = event.metadata as { stateAfter?: unknown; occurredAt?: unknown };
  return {
    caseId: event.streamId,
    kind: event.streamId.slice(0, event.streamId.indexOf('-')),
    revision: event.revision,
    type: event.type,
    state: typeof metadata.stateAfter === 'string' ? metadata.stateAfter : '',
    at: typeof metadata.occurredAt === 'string' ? metadata.occurredAt : event.recordedAt,
    position: event.position,
  };
}
