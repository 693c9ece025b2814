import { InMemoryEventStore } from '@satupintu/event-store';
import type { ExpectedRevision, NewEvent } from '@satupintu/event-store';

/** Input checks shared by the local adapters, exercised through the in-memory one. */
describe('appendToStream and read input validation', () => {
  const store = new InMemoryEventStore();
  const valid: NewEvent = { id: 'e-1', type: 'Tested', data: {} };

  it.each<[string, string, NewEvent[]]>([
    ['an empty stream id', '', [valid]],
    ['no events', 's', []],
    ['an event without id', 's', [{ ...valid, id: '' }]],
    ['an event without type', 's', [{ ...valid, type: '' }]],
    ['the same id twice', 's', [valid, { ...valid }]],
    ['data that is not JSON', 's', [{ ...valid, data: undefined as unknown as null }]],
    ['metadata that is an array', 's', [{ ...valid, metadata: [] as unknown as Record<string, never> }]],
  ])('given %s, when appending, then a TypeError refuses it', async (_, streamId, events) => {
    await expect(store.appendToStream(streamId, events)).rejects.toThrow(TypeError);
  });

  it.each<[string, ExpectedRevision]>([
    ['a negative revision', -1],
    ['a fractional revision', 1.5],
    ['an unknown word', 'latest' as ExpectedRevision],
  ])('given %s as expected revision, when appending, then a RangeError refuses it', async (_, expectedRevision) => {
    await expect(store.appendToStream('s', [valid], { expectedRevision })).rejects.toThrow(RangeError);
  });

  it('given a negative maxCount or revision, when reading, then a RangeError refuses it', async () => {
    await expect(store.readStream('s', { maxCount: -1 })).rejects.toThrow(RangeError);
    await expect(store.readStream('s', { fromRevision: -2 })).rejects.toThrow(RangeError);
    await expect(store.readAll({ after: Number.NaN })).rejects.toThrow(RangeError);
  });
});
