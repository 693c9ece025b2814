import { hash } from 'node:crypto';
import type { JsonObject, JsonValue } from '@satupintu/event-store';
import { canonicalJson } from './canonical-json';

export interface HashableEvent {
  streamId: string;
  revision: number;
  type: string;
  data: JsonValue;
  metadata: JsonObject;
}

/**
 * The event's link in its stream's hash chain. RFC 8785 canonical JSON makes the hash
 * independent of key order and number formatting, so any store that round-trips JSON keeps it.
 */
export function eventHash(event: HashableEvent): string {
  return hash('sha256', workflowEventCanonicalJson(event) ?? genericCanonicalJson(event), 'hex');
}

/** What is hashed: the event's stream, revision, type, data and metadata without its own hash, as canonical JSON. */
function genericCanonicalJson(event: HashableEvent): string {
  const { hash: _hash, ...metadata } = event.metadata;
  return canonicalJson({
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    data: event.data,
    metadata,
  });
}

/** The metadata keys the engine writes on every event (event-metadata.ts), in RFC 8785 order. */
const WORKFLOW_METADATA_KEYS = [
  'actor',
  'causationId',
  'commandId',
  'correlationId',
  'eventId',
  'hash',
  'occurredAt',
  'prevHash',
  'stateAfter',
  'stateBefore',
  'workflow',
] as const;

/**
 * The same canonical JSON as `genericCanonicalJson`, put together from the known fields of an
 * event the engine wrote (one on every command's path) instead of sorting and escaping the
 * metadata's keys each time; undefined for any other shape, which then takes the generic path.
 * Only the actor and the data go through `canonicalJson`. A property test holds the two equal.
 */
function workflowEventCanonicalJson(event: HashableEvent): string | undefined {
  const { metadata, data } = event;
  if (data === undefined || !Number.isFinite(event.revision)) return undefined;
  let keys = 0;
  for (const _ in metadata) keys++;
  if (keys !== WORKFLOW_METADATA_KEYS.length) return undefined;
  const { actor, causationId, commandId, correlationId, eventId, occurredAt, prevHash, stateAfter, stateBefore, workflow } = metadata;
  if (
    typeof actor !== 'object' || actor === null || Array.isArray(actor) ||
    typeof causationId !== 'string' || typeof commandId !== 'string' || typeof correlationId !== 'string' ||
    typeof eventId !== 'string' || typeof occurredAt !== 'string' || !(prevHash === null || typeof prevHash === 'string') ||
    typeof stateAfter !== 'string' || typeof stateBefore !== 'string' || !('hash' in metadata) ||
    !isWorkflowReference(workflow)
  ) {
    return undefined;
  }
  return (
    `{"data":${canonicalJson(data)}` +
    `,"metadata":{"actor":${canonicalJson(actor)}` +
    `,"causationId":${quoted(causationId)}` +
    `,"commandId":${quoted(commandId)}` +
    `,"correlationId":${quoted(correlationId)}` +
    `,"eventId":${quoted(eventId)}` +
    `,"occurredAt":${quoted(occurredAt)}` +
    `,"prevHash":${prevHash === null ? 'null' : quoted(prevHash)}` +
    `,"stateAfter":${quoted(stateAfter)}` +
    `,"stateBefore":${quoted(stateBefore)}` +
    `,"workflow":{"name":${quoted(workflow.name)},"version":${String(workflow.version)}}}` +
    `,"revision":${String(event.revision)}` +
    `,"streamId":${quoted(event.streamId)}` +
    `,"type":${quoted(event.type)}}`
  );
}

function isWorkflowReference(value: JsonValue | undefined): value is { name: string; version: number } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  let keys = 0;
  for (const _ in value) keys++;
  return keys === 2 && typeof value.name === 'string' && typeof value.version === 'number' && Number.isFinite(value.version);
}

/** A string as JSON (and RFC 8785) writes it. */
function quoted(text: string): string {
  return JSON.stringify(text);
}
