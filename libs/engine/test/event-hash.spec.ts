import { createHash } from 'node:crypto';
import fc from 'fast-check';
import canonicalize from 'canonicalize';
import type { JsonObject, JsonValue } from '@satupintu/event-store';
import { eventHash, type HashableEvent } from '../src';

/** The chain's definition, spelled out: sha256 over the RFC 8785 form of the event without its metadata's hash. */
function referenceHash(event: HashableEvent): string {
  const { hash: _hash, ...metadata } = event.metadata;
  const canonical = canonicalize({ streamId: event.streamId, revision: event.revision, type: event.type, data: event.data, metadata });
  return createHash('sha256').update(canonical ?? 'null').digest('hex');
}

/** Strings with what JSON must escape: quotes, backslashes, control characters, lone surrogates. */
const text = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('', '"', '\\', '\u0000\n\u001f', '\ud800', 'é😀'));

/** Metadata as the engine writes it (every key, in the engine's order), or a variation of that shape. */
const engineMetadata = fc.record({
  eventId: text,
  commandId: text,
  correlationId: text,
  causationId: text,
  actor: fc.dictionary(text, fc.jsonValue()),
  workflow: fc.record({ name: text, version: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true })) }),
  stateBefore: text,
  stateAfter: text,
  occurredAt: text,
  prevHash: fc.option(text, { nil: null }),
  hash: text,
});

const variedMetadata = fc.oneof(
  engineMetadata,
  // a key missing, one more, another type in a known key, keys in another order
  engineMetadata.chain((m) =>
    fc.constantFrom(...Object.keys(m)).map((key) => Object.fromEntries(Object.entries(m).filter(([k]) => k !== key))),
  ),
  engineMetadata.map((m) => ({ ...m, extra: 'x' })),
  engineMetadata.chain((m) => fc.tuple(fc.constantFrom(...Object.keys(m)), fc.jsonValue()).map(([key, value]) => ({ ...m, [key]: value }))),
  engineMetadata.map((m) => Object.fromEntries(Object.entries(m).reverse())),
  engineMetadata.map((m) => ({ ...m, workflow: { ...m.workflow, branch: 'b' } })),
);

describe('eventHash', () => {
  it('is sha256 over the RFC 8785 form of the event, for the engine’s metadata and any other shape', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0 }), text, fc.jsonValue(), variedMetadata, (streamId, revision, type, data, metadata) => {
        const event: HashableEvent = { streamId, revision, type, data: data as JsonValue, metadata: metadata as JsonObject };
        expect(eventHash(event)).toBe(referenceHash(event));
      }),
      { numRuns: 3000 },
    );
  });
});
