import { randomUUID } from 'node:crypto';
import {
  InMemoryEventStore,
  WrongExpectedRevisionError,
  type RecordedEvent,
} from '@satupintu/event-store';
import { appendChained, verifyChain } from './stream-chain';

const STREAM = 'account-7f3a';

function decision(type: string, data: Record<string, string>) {
  return { id: randomUUID(), type, data, metadata: { commandId: randomUUID() } };
}

/** Given: an account created, then its roles changed twice, each append on the revision it saw. */
async function givenAnAccountWithThreeEvents(store = new InMemoryEventStore()) {
  await appendChained(store, STREAM, 'no_stream', [decision('UserCreated', { name: 'Sari' })]);
  await appendChained(store, STREAM, 0, [
    decision('UserRolesChanged', { roles: 'verifier' }),
    decision('UserRolesChanged', { roles: 'verifier,front-office' }),
  ]);
  return { store, events: await store.readStream(STREAM) };
}

function edited(event: RecordedEvent, data: Record<string, string>): RecordedEvent {
  return { ...event, data };
}

describe('the hash chain of streams the engine does not write', () => {
  it('given chained appends, then each event names the previous one’s hash and the chain is intact', async () => {
    const { events } = await givenAnAccountWithThreeEvents();
    expect(events[0].metadata.prevHash).toBeNull();
    expect(events[1].metadata.prevHash).toBe(events[0].metadata.hash);
    expect(events[2].metadata.prevHash).toBe(events[1].metadata.hash);
    expect(verifyChain(events)).toEqual({
      intact: true,
      links: events.map((e) => ({ revision: e.revision, type: e.type, hashOk: true })),
    });
  });

  it('keeps the metadata the writer gave beside the links', async () => {
    const { events } = await givenAnAccountWithThreeEvents();
    for (const event of events) expect(typeof event.metadata.commandId).toBe('string');
  });

  it('when an event’s data is edited, then the chain breaks at that event and only there', async () => {
    const { events } = await givenAnAccountWithThreeEvents();
    const tampered = [events[0], edited(events[1], { roles: 'admin' }), events[2]];
    const check = verifyChain(tampered);
    expect(check).toMatchObject({ intact: false, brokenAt: 1 });
    expect(check.links.map((l) => [l.hashOk, l.problem])).toEqual([
      [true, undefined],
      [false, 'content does not match its hash'],
      [true, undefined],
    ]);
  });

  it('when an event is removed, then the chain breaks at the event after the gap', async () => {
    const { events } = await givenAnAccountWithThreeEvents();
    const check = verifyChain([events[0], events[2]]);
    expect(check).toMatchObject({ intact: false, brokenAt: 2 });
    expect(check.links[1].problem).toBe('expected revision 1, found 2');
  });

  it('when the first event is removed and the rest renumbered, then the new first does not start a chain', async () => {
    const { events } = await givenAnAccountWithThreeEvents();
    const check = verifyChain([
      { ...events[1], revision: 0 },
      { ...events[2], revision: 1 },
    ]);
    expect(check).toMatchObject({ intact: false, brokenAt: 0 });
  });

  it('given an event stored without a hash (before the chain existed), then the check says so', async () => {
    const store = new InMemoryEventStore();
    await store.appendToStream(STREAM, [decision('UserCreated', { name: 'Sari' })], {
      expectedRevision: 'no_stream',
    });
    await appendChained(store, STREAM, 0, [decision('UserRolesChanged', { roles: 'verifier' })]);
    const check = verifyChain(await store.readStream(STREAM));
    expect(check).toMatchObject({ intact: false, brokenAt: 0 });
    expect(check.links[0].problem).toBe('carries no hash');
    expect(check.links[1].hashOk).toBe(true);
  });

  it('given a stream with no events, then there is nothing to prove: not intact', () => {
    expect(verifyChain([])).toEqual({ intact: false, brokenAt: 0, links: [] });
  });

  it('when the writer decided on a revision the stream has moved past, then the append is refused and nothing is stored', async () => {
    const { store } = await givenAnAccountWithThreeEvents();
    await expect(
      appendChained(store, STREAM, 1, [decision('UserRolesChanged', { roles: 'admin' })]),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.readStream(STREAM)).toHaveLength(3);
  });
});
