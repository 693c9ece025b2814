import { randomUUID } from 'node:crypto';
import { InMemoryEventStore } from '@satupintu/event-store';
import { describeEventStoreContract } from '@satupintu/event-store/testing';
import { DuplicateEventIdError } from '../shared/duplicate-event-id-error';

describeEventStoreContract('InMemoryEventStore', async () => ({ store: new InMemoryEventStore() }));

describe('InMemoryEventStore, like SQLite, keeps event ids unique', () => {
  it('given a stored event id, when an append reuses it in its second event, then the whole append is refused', async () => {
    const store = new InMemoryEventStore();
    const taken = randomUUID();
    await store.appendToStream('owner', [{ id: taken, type: 'Tested', data: null }]);

    const clashing = store.appendToStream('clashing', [
      { id: randomUUID(), type: 'Tested', data: null },
      { id: taken, type: 'Tested', data: null },
    ]);

    await expect(clashing).rejects.toEqual(expect.any(DuplicateEventIdError));
    expect(await store.readStream('clashing')).toEqual([]);
    expect(await store.readAll()).toHaveLength(1);
  });
});
