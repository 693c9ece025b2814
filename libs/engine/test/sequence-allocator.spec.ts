import { InMemoryEventStore } from '@satupintu/event-store';
import { SequenceAllocator } from '../src';

describe('SequenceAllocator', () => {
  it('given a key that already claimed, when it claims again, then it gets its first number back', async () => {
    const allocator = new SequenceAllocator(new InMemoryEventStore());
    expect(await allocator.claim('letter-2026', 'case-a')).toBe(1);
    expect(await allocator.claim('letter-2026', 'case-b')).toBe(2);
    expect(await allocator.claim('letter-2026', 'case-a')).toBe(1);
    expect(await allocator.claim('letter-2027', 'case-a')).toBe(1);
  });

  it('when the same key claims twice in one burst, then both get the same single number', async () => {
    const store = new InMemoryEventStore();
    const allocator = new SequenceAllocator(store);
    const [a, b, c] = await Promise.all([
      allocator.claim('agenda-2026', 'x'),
      allocator.claim('agenda-2026', 'x'),
      allocator.claim('agenda-2026', 'y'),
    ]);
    expect([a, b, c]).toEqual([1, 1, 2]);
    expect(await store.readStream('sequence-agenda-2026')).toHaveLength(2);
  });

  it('given another process claimed meanwhile, then numbers continue after its claims', async () => {
    const store = new InMemoryEventStore();
    const here = new SequenceAllocator(store);
    const there = new SequenceAllocator(store);
    expect(await here.claim('s', 'a')).toBe(1);
    expect(await there.claim('s', 'b')).toBe(2);
    expect(await here.claim('s', 'c')).toBe(3);
    expect((await here.claims('s')).map((c) => c.claimKey)).toEqual(['a', 'b', 'c']);
  });
});
