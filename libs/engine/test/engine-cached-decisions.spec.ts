import { randomUUID } from 'node:crypto';
import type { EventStore, ReadStreamOptions } from '@satupintu/event-store';
import {
  ConcurrencyConflictError,
  WorkflowEngine,
  WorkflowRegistry,
  type Command,
} from '../src';
import { approvalWorkflow, boss, clerk } from './fixtures/approval-workflow';
import { storeFactories, type StoreUnderTest } from './fixtures/stores';

const command = (type: string, payload: Command['payload'] = {}, extra: Partial<Command> = {}): Command => ({
  id: randomUUID(),
  type,
  payload,
  ...extra,
});

/** The store, counting the stream reads that go through it. */
function countingReads(store: EventStore): { store: EventStore; readsOf(streamId: string): number } {
  const reads = new Map<string, number>();
  const counting: EventStore = {
    appendToStream: (streamId, events, options) => store.appendToStream(streamId, events, options),
    readStream: (streamId: string, options?: ReadStreamOptions) => {
      reads.set(streamId, (reads.get(streamId) ?? 0) + 1);
      return store.readStream(streamId, options);
    },
    readAll: (options) => store.readAll(options),
    subscribeToAll: (options) => store.subscribeToAll(options),
    close: () => store.close(),
  };
  return { store: counting, readsOf: (streamId) => reads.get(streamId) ?? 0 };
}

/**
 * A command that names the revision the engine already holds is decided on its cached instance
 * without reading the stream; the append's expected revision still guards it, so every answer is
 * the one a fresh read would have given, even when another process moved the stream meanwhile.
 */
describe.each(storeFactories)('WorkflowEngine deciding on its cache, on the %s store', (_name, createStore) => {
  let subject: StoreUnderTest;
  let counted: ReturnType<typeof countingReads>;
  let engine: WorkflowEngine;
  let elsewhere: WorkflowEngine;
  const now = new Date('2026-03-02T03:00:00.000Z');

  beforeEach(() => {
    subject = createStore();
    counted = countingReads(subject.store);
    const registry = new WorkflowRegistry([approvalWorkflow()]);
    engine = new WorkflowEngine({ store: counted.store, registry, clock: () => now });
    // Another process on the same store: its appends are not in `engine`'s cache.
    elsewhere = new WorkflowEngine({ store: subject.store, registry, clock: () => now });
  });
  afterEach(() => subject.cleanup());

  const opened = async () => {
    const id = `approval-${randomUUID()}`;
    await engine.handle(id, command('open', { title: 'Leave request' }), clerk);
    return id;
  };

  it('given the engine holds the instance at revision 0, when a command expects revision 0, then it is appended without reading the stream', async () => {
    const id = await opened();
    const readsBefore = counted.readsOf(id);

    const result = await engine.handle(id, command('note', { text: 'checked' }, { expectedRevision: 0 }), clerk);

    expect(result).toMatchObject({ revision: 1, state: 'review', duplicate: false });
    expect(counted.readsOf(id)).toBe(readsBefore);
    expect((await subject.store.readStream(id)).map((event) => event.type)).toEqual(['Opened', 'Noted']);
  });

  it('given another process appended since, when a command expects the cached revision, then it is the conflict a fresh read gives and nothing is appended', async () => {
    const id = await opened();
    await elsewhere.handle(id, command('note', { text: 'from elsewhere' }), clerk);

    await expect(engine.handle(id, command('note', { text: 'late' }, { expectedRevision: 0 }), clerk)).rejects.toMatchObject({
      constructor: ConcurrencyConflictError,
      expectedRevision: 0,
      actualRevision: 1,
    });
    expect(await subject.store.readStream(id)).toHaveLength(2);
  });

  it('given another process appended since, when a command expects the store’s revision, then it is decided on the fresh instance', async () => {
    const id = await opened();
    await elsewhere.handle(id, command('note', { text: 'from elsewhere' }), clerk);

    const result = await engine.handle(id, command('note', { text: 'here' }, { expectedRevision: 1 }), clerk);

    expect(result).toMatchObject({ revision: 2, duplicate: false });
    expect((await engine.load(id))?.snapshot.context.notes).toEqual(['from elsewhere', 'here']);
  });

  it('given another process already applied this very command, when it comes again expecting the cached revision, then the first result is returned and nothing is appended', async () => {
    const id = await opened();
    const retried = command('note', { text: 'once' }, { expectedRevision: 0 });
    const first = await elsewhere.handle(id, retried, clerk);

    const again = await engine.handle(id, retried, clerk);

    expect(again).toEqual({ ...first, duplicate: true });
    expect(await subject.store.readStream(id)).toHaveLength(2);
  });

  it('given another process appended since, when the cached state would refuse the command, then the answer is the fresh one (a conflict), not the stale refusal', async () => {
    const id = await opened();
    await elsewhere.handle(id, command('note', { text: 'from elsewhere' }), clerk);

    // A clerk may not approve: the cached instance refuses it, but the caller's revision is stale.
    await expect(engine.handle(id, command('approve', {}, { expectedRevision: 0 }), clerk)).rejects.toMatchObject({
      constructor: ConcurrencyConflictError,
      expectedRevision: 0,
      actualRevision: 1,
    });
  });

  it('given the engine holds the instance, when a command that draws a number expects its revision, then the number is drawn and stored with the event', async () => {
    const id = await opened();

    await engine.handle(id, command('approve', {}, { expectedRevision: 0 }), boss);

    const [, approved] = await subject.store.readStream(id);
    expect(approved.data).toEqual({ number: `AP/0001/${now.getUTCFullYear()}` });
  });

  it('given another process rejected the instance meanwhile, when a command that draws a number expects the cached revision, then it is a conflict and no number is drawn', async () => {
    const id = await opened();
    await elsewhere.handle(id, command('reject', { reason: 'Incomplete' }), boss);

    await expect(engine.handle(id, command('approve', {}, { expectedRevision: 0 }), boss)).rejects.toBeInstanceOf(ConcurrencyConflictError);
    expect(await engine.sequences.claims(`approval-${now.getUTCFullYear()}`)).toEqual([]);
  });
});
