import { createHash } from 'node:crypto';
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
  const { hash: _hash, ...metadata } = event.metadata;
  const canonical = canonicalJson({
    streamId: event.streamId,
    revision: event.revision,
    type: event.type,
    data: event.data,
    metadata,
  });
  return createHash('sha256').update(canonical).digest('hex');
}
