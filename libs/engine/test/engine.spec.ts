import { randomUUID } from 'node:crypto';
import {
  ActorNotAuthorizedError,
  CommandNotAllowedError,
  CommandRejectedError,
  ConcurrencyConflictError,
  InstanceNotFoundError,
  WorkflowEngine,
  WorkflowRegistry,
  auditHistory,
  replay,
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

describe.each(storeFactories)('WorkflowEngine on the %s store', (_name, createStore) => {
  let subject: StoreUnderTest;
  let engine: WorkflowEngine;
  let announced: string[];
  const now = new Date('2026-03-02T03:00:00.000Z');

  beforeEach(() => {
    subject = createStore();
    announced = [];
    engine = new WorkflowEngine({
      store: subject.store,
      registry: new WorkflowRegistry([approvalWorkflow({ approved: (n) => announced.push(n) })]),
      clock: () => now,
    });
  });
  afterEach(() => subject.cleanup());

  const open = async (id = `approval-${randomUUID()}`) => {
    await engine.handle(id, command('open', { title: 'Leave request' }), clerk);
    return id;
  };

  describe('given no events', () => {
    it('when a clerk opens, then Opened is stored at revision 0 with the full metadata', async () => {
      const id = `approval-${randomUUID()}`;
      const cmd = command('open', { title: 'Leave request' }, { correlationId: 'corr-1' });
      const result = await engine.handle(id, cmd, clerk);

      expect(result).toMatchObject({ streamId: id, revision: 0, state: 'review', eventType: 'Opened', duplicate: false });
      const [event] = await subject.store.readStream(id);
      expect(event.type).toBe('Opened');
      expect(event.data).toEqual({ title: 'Leave request' });
      expect(event.metadata).toMatchObject({
        eventId: event.id,
        commandId: cmd.id,
        correlationId: 'corr-1',
        causationId: cmd.id,
        actor: { id: clerk.id, roles: ['clerk'] },
        workflow: { name: 'approval', version: 1 },
        stateBefore: 'start',
        stateAfter: 'review',
        occurredAt: now.toISOString(),
        prevHash: null,
      });
      expect(event.metadata.hash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('when a command that cannot start an instance arrives, then it is refused as not found', async () => {
      await expect(engine.handle('approval-nope', command('approve'), boss)).rejects.toBeInstanceOf(
        InstanceNotFoundError,
      );
      expect(await subject.store.readStream('approval-nope')).toEqual([]);
    });
  });

  describe('given an opened instance', () => {
    it('when the boss approves, then a number is allocated and the side effect runs after the append', async () => {
      const id = await open();
      const result = await engine.handle(id, command('approve'), boss);
      const events = await subject.store.readStream(id);
      expect(result.state).toBe('approved');
      expect(events[1].data).toEqual({ number: 'AP/0001/2026' });
      expect(announced).toEqual(['AP/0001/2026']);
    });

    it('when a clerk approves, then it is forbidden and nothing is appended or allocated', async () => {
      const id = await open();
      await expect(engine.handle(id, command('approve'), clerk)).rejects.toMatchObject({
        constructor: ActorNotAuthorizedError,
        state: 'review',
        commandType: 'approve',
      });
      expect(await subject.store.readStream(id)).toHaveLength(1);
      expect(await subject.store.readStream('sequence-approval-2026')).toEqual([]);
    });

    it('when the boss rejects without a reason, then the guard refuses it with words, in each language the workflow speaks', async () => {
      const id = await open();
      const error = await engine.handle(id, command('reject', { reason: ' ' }), boss).catch((e) => e);
      expect(error).toBeInstanceOf(CommandRejectedError);
      expect(error.message).toBe('A reason is required to reject');
      expect(error.reasonByLanguage).toEqual({ en: 'A reason is required to reject', id: 'Alasan wajib diisi untuk menolak' });
      expect(error.allowedCommands).toEqual(['approve', 'reject']);
    });

    it('when the same command id is sent twice, then it is appended once and the first result returned', async () => {
      const id = await open();
      const note = command('note', { text: 'checked' });
      const first = await engine.handle(id, note, clerk);
      const again = await engine.handle(id, note, clerk);
      expect(again).toEqual({ ...first, duplicate: true });
      expect(await subject.store.readStream(id)).toHaveLength(2);
    });

    it('when a command names a stale expected revision, then it is a conflict and nothing is appended', async () => {
      const id = await open();
      await engine.handle(id, command('note', { text: 'one' }), clerk);
      await expect(
        engine.handle(id, command('note', { text: 'two' }, { expectedRevision: 0 }), clerk),
      ).rejects.toMatchObject({ constructor: ConcurrencyConflictError, expectedRevision: 0, actualRevision: 1 });
      expect(await subject.store.readStream(id)).toHaveLength(2);
    });

    it('when 50 commands arrive at once for the same revision, then exactly one event is appended', async () => {
      const id = await open();
      const outcomes = await Promise.allSettled(
        Array.from({ length: 50 }, (_, i) =>
          engine.handle(id, command('note', { text: `n${i}` }, { expectedRevision: 0 }), clerk),
        ),
      );
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(49);
      for (const o of lost) expect(o.reason).toBeInstanceOf(ConcurrencyConflictError);
      expect(await subject.store.readStream(id)).toHaveLength(2);
    });

    it('when 50 engines (no shared cache) race on one instance without an expected revision, then exactly one wins', async () => {
      const id = await open();
      const engines = Array.from(
        { length: 50 },
        () => new WorkflowEngine({ store: subject.store, registry: engine.registry, clock: () => now }),
      );
      await Promise.all(engines.map((e) => e.load(id)));
      const outcomes = await Promise.allSettled(engines.map((e, i) => e.handle(id, command('approve', {}, { id: `c${i}` }), boss)));
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(await subject.store.readStream(id)).toHaveLength(2);
      // Side effects run only for the append that was stored.
      expect(announced).toHaveLength(1);
    });
  });

  describe('given a finished instance', () => {
    it('when any command arrives, then it is not allowed in the final state', async () => {
      const id = await open();
      await engine.handle(id, command('approve'), boss);
      await expect(engine.handle(id, command('note', { text: 'late' }), clerk)).rejects.toMatchObject({
        constructor: CommandNotAllowedError,
        state: 'approved',
        allowedCommands: [],
      });
    });
  });

  it('numbers 200 instances approved concurrently 1..200 with no gap and no repeat', async () => {
    const ids = await Promise.all(Array.from({ length: 200 }, () => open()));
    await Promise.all(ids.map((id) => engine.handle(id, command('approve'), boss)));
    const numbers = await Promise.all(
      ids.map(async (id) => (await subject.store.readStream(id))[1].data as { number: string }),
    );
    const sequence = numbers.map((n) => Number(n.number.split('/')[1])).sort((a, b) => a - b);
    expect(sequence).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
  });

  it('numbers stay gap-free when two engines (two processes) allocate from the same sequence', async () => {
    const other = new WorkflowEngine({ store: subject.store, registry: engine.registry, clock: () => now });
    const ids = await Promise.all(Array.from({ length: 60 }, () => open()));
    await Promise.all(ids.map((id, i) => (i % 2 ? engine : other).handle(id, command('approve'), boss)));
    const claims = await engine.sequences.claims('approval-2026');
    expect(claims.map((c) => c.value)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
  });

  it('loads a long history from its cache exactly as a full replay from scratch does', async () => {
    const id = await open();
    for (let i = 0; i < 200; i++) await engine.handle(id, command('note', { text: `n${i}` }), clerk);
    const cached = await engine.load(id);
    const cold = await new WorkflowEngine({ store: subject.store, registry: engine.registry }).load(id);
    const replayed = replay(engine.registry, await subject.store.readStream(id));
    expect(cached?.revision).toBe(200);
    for (const other of [cold, replayed]) {
      expect(other?.revision).toBe(cached?.revision);
      expect(other?.snapshot.value).toEqual(cached?.snapshot.value);
      expect(other?.snapshot.context).toEqual(cached?.snapshot.context);
      expect(other?.lastHash).toBe(cached?.lastHash);
    }
  });

  it('picks up events appended by another engine since its cached revision', async () => {
    const id = await open();
    await engine.load(id);
    const other = new WorkflowEngine({ store: subject.store, registry: engine.registry, clock: () => now });
    await other.handle(id, command('note', { text: 'from elsewhere' }), clerk);
    const seen = await engine.load(id);
    expect(seen?.revision).toBe(1);
    expect(seen?.snapshot.context.notes).toEqual(['from elsewhere']);
  });

  it('keeps an instance on the workflow version it started with', async () => {
    const oldCase = await open();
    engine.registry.register(approvalWorkflow({}, 2));
    const newCase = await open();
    await engine.handle(oldCase, command('note', { text: 'x' }), clerk);
    const [oldEvents, newEvents] = await Promise.all([
      subject.store.readStream(oldCase),
      subject.store.readStream(newCase),
    ]);
    expect(oldEvents.map((e) => (e.metadata.workflow as { version: number }).version)).toEqual([1, 1]);
    expect(newEvents.map((e) => (e.metadata.workflow as { version: number }).version)).toEqual([2]);
  });

  it('stores a history whose audit proves every step legal and the chain intact', async () => {
    const id = await open();
    await engine.handle(id, command('note', { text: 'a' }), clerk);
    await engine.handle(id, command('approve'), boss);
    const report = auditHistory(engine.registry, await subject.store.readStream(id));
    expect(report).toMatchObject({ valid: true, workflow: { name: 'approval', version: 1 }, chain: { intact: true } });
    expect(report.steps.map((s) => [s.type, s.legal, s.stateMatches, s.hashOk])).toEqual([
      ['Opened', true, true, true],
      ['Noted', true, true, true],
      ['Approved', true, true, true],
    ]);
  });

  it('lists what an actor may do now', async () => {
    const id = await open();
    expect(await engine.allowedCommands(id, boss)).toEqual(['approve', 'reject']);
    expect(await engine.allowedCommands(id, clerk)).toEqual(['note']);
    expect(await engine.allowedCommands('approval-new', clerk)).toEqual(['open']);
  });
});
