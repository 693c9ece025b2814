import type { JsonObject, JsonValue, RecordedEvent } from '@satupintu/event-store';
import { redactSecrets } from './redaction';

/** A principal as an event names it. */
export interface LogPrincipal {
  id: string;
  name: string | null;
  position: string | null;
}

export interface LogActor extends LogPrincipal {
  roles: string[];
  /** The officials the actor stood in for (Plh); empty when they acted in their own right. */
  actingFor: LogPrincipal[];
}

/**
 * One event of the log as every export writes it: the stored event (its data with secrets
 * redacted), with the metadata the engine and the admin services record read into fields.
 * Read defensively: a hand-edited event still exports, with nulls where it says nothing.
 */
export interface LogEvent {
  position: number;
  streamId: string;
  revision: number;
  eventId: string;
  type: string;
  /** When it was decided (metadata.occurredAt), else when the store recorded it. */
  occurredAt: string;
  recordedAt: string;
  actor: LogActor | null;
  stateBefore: string | null;
  stateAfter: string | null;
  workflow: { name: string; version: number } | null;
  data: JsonValue;
  metadata: JsonObject;
}

const text = (value: JsonValue | undefined): string | null =>
  typeof value === 'string' ? value : null;
const object = (value: JsonValue | undefined): JsonObject | null =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? value : null;

function principalOf(value: JsonValue | undefined): LogPrincipal | null {
  const json = object(value);
  const id = text(json?.id);
  if (!json || id === null) return null;
  return { id, name: text(json.name), position: text(json.position) };
}

function actorOf(value: JsonValue | undefined): LogActor | null {
  const principal = principalOf(value);
  if (!principal) return null;
  const json = object(value)!;
  const roles = Array.isArray(json.roles)
    ? json.roles.filter((r): r is string => typeof r === 'string')
    : [];
  const actingFor = Array.isArray(json.actingFor)
    ? json.actingFor.map(principalOf).filter((p): p is LogPrincipal => p !== null)
    : [];
  return { ...principal, roles, actingFor };
}

function workflowOf(value: JsonValue | undefined): LogEvent['workflow'] {
  const json = object(value);
  const name = text(json?.name);
  return name !== null && typeof json?.version === 'number'
    ? { name, version: json.version }
    : null;
}

/** A time a JSON field claims, kept only when it is one (so every export's timestamps parse). */
function instant(value: JsonValue | undefined): string | null {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value))
    ? new Date(value).toISOString()
    : null;
}

export function toLogEvent(event: RecordedEvent): LogEvent {
  const metadata = event.metadata;
  return {
    position: event.position,
    streamId: event.streamId,
    revision: event.revision,
    eventId: event.id,
    type: event.type,
    occurredAt: instant(metadata.occurredAt) ?? event.recordedAt,
    recordedAt: event.recordedAt,
    actor: actorOf(metadata.actor),
    stateBefore: text(metadata.stateBefore),
    stateAfter: text(metadata.stateAfter),
    workflow: workflowOf(metadata.workflow),
    data: redactSecrets(event.data),
    metadata: redactSecrets(metadata) as JsonObject,
  };
}

/** The workflow name a stream id starts with (`berkas-…` → `berkas`). */
export function streamKind(streamId: string): string {
  const dash = streamId.indexOf('-');
  return dash > 0 ? streamId.slice(0, dash) : streamId;
}
