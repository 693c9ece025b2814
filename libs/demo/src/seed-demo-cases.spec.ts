import { stateName, WorkflowEngine, WorkflowRegistry } from '@satupintu/engine';
import { InMemoryEventStore, type JsonObject, type RecordedEvent } from '@satupintu/event-store';
import { berkas, catalogue, isLetterService, isValidPhone, konsultasi, ptspWorkflows, validateNip } from '@satupintu/ptsp';
import { simpleDemoActors, type DemoActors } from './demo-actors';
import { demoClock } from './demo-clock';
import { seedDemoCases } from './seed-demo-cases';

const NOW = new Date('2026-03-20T04:00:00.000Z');

function demoOffice() {
  const store = new InMemoryEventStore();
  const clock = demoClock();
  const engine = new WorkflowEngine({ store, registry: new WorkflowRegistry(ptspWorkflows), clock: () => clock.now() });
  return { store, clock, engine };
}

/** The caller's accounts: the demo must act only through them. */
const accounts: DemoActors = (role, options) => ({ ...simpleDemoActors(role, options), id: `acct-${simpleDemoActors(role, options).id}` });

const ofType = (events: RecordedEvent[], type: string) => events.filter((e) => e.type === type);
const data = (event: RecordedEvent) => event.data as JsonObject;

describe('seedDemoCases', () => {
  let office: ReturnType<typeof demoOffice>;
  let events: RecordedEvent[];
  let states: Map<string, string>;
  let result: Awaited<ReturnType<typeof seedDemoCases>>;

  beforeAll(async () => {
    office = demoOffice();
    result = await seedDemoCases(office.engine, accounts, { clock: office.clock, now: NOW });
    events = await office.store.readAll();
    states = new Map();
    for (const id of result.caseIds) states.set(id, stateName((await office.engine.load(id))!.snapshot.value));
  });

  it('puts files in every state of the berkas workflow and consultations in every state of theirs', () => {
    const reached = new Set(states.values());
    for (const state of berkas.BERKAS_STATES.filter((s) => s !== 'start')) expect(reached).toContain(state);
    for (const state of konsultasi.KONSULTASI_STATES.filter((s) => s !== 'start')) expect(reached).toContain(state);
    expect(result.caseIds.filter((id) => id.startsWith('berkas-'))).toHaveLength(40);
  });

  it('gives every service of the catalogue files', () => {
    const services = new Set(ofType(events, 'FileReceived').map((e) => data(e).serviceCode));
    for (const service of catalogue().services.filter(isLetterService)) expect(services).toContain(service.code);
  });

  it('shows the situations a desk meets: a file completed after a return, a re-routed one, a send-back, a Plh, both kinds of handover', () => {
    const resubmitted = new Set(ofType(events, 'FileResubmitted').map((e) => e.streamId));
    expect([...resubmitted].some((id) => states.get(id) !== 'verification' && states.get(id) !== 'returned')).toBe(true);
    expect(ofType(events, 'FileRedisposed').length).toBeGreaterThan(0);
    expect(ofType(events, 'DraftSentBack').length).toBeGreaterThan(0);
    expect(ofType(events, 'DraftInitialled').some((e) => Array.isArray((e.metadata.actor as JsonObject).actingFor))).toBe(true);
    expect(ofType(events, 'FileHandedOver').map((e) => data(e).relation)).toEqual(expect.arrayContaining(['self', 'representative']));

  });

  it('has drafts waiting at the first and at the second post of a chain', async () => {
    const steps = new Set<number>();
    for (const [id, state] of states) {
      if (state === 'initials') steps.add(((await office.engine.load(id))!.snapshot.context as berkas.BerkasContext).chainIndex);
    }
    expect([...steps].sort()).toEqual([0, 1]);
  });

  it('records applicants with valid NIPs and mobile numbers, and staff only from the accounts given', () => {
    for (const received of ofType(events, 'FileReceived')) {
      const applicant = data(received).applicant as { nip: string; phone: string };
      expect(validateNip(applicant.nip, { today: NOW })).toEqual([]);
      expect(isValidPhone(applicant.phone)).toBe(true);
    }
    const actorIds = new Set(events.filter((e) => !e.streamId.startsWith('sequence-')).map((e) => (e.metadata.actor as JsonObject).id));
    for (const id of actorIds) expect(id === 'system' || String(id).startsWith('acct-')).toBe(true);
  });

  it('dates every step in the past, on a weekday in office hours (WITA)', () => {
    for (const event of events.filter((e) => !e.streamId.startsWith('sequence-'))) {
      const at = new Date(String(event.metadata.occurredAt));
      const wita = new Date(at.getTime() + 8 * 3_600_000);
      expect(at.getTime()).toBeLessThan(NOW.getTime());
      expect([1, 2, 3, 4, 5]).toContain(wita.getUTCDay());
      expect(wita.getUTCHours()).toBeGreaterThanOrEqual(8);
      expect(wita.getUTCHours() * 60 + wita.getUTCMinutes()).toBeLessThanOrEqual(16 * 60);
    }
  });

  it('numbers agenda entries in the order files were received', () => {
    const received = ofType(events, 'FileReceived');
    expect(received.map((e) => data(e).agendaNumber)).toEqual(received.map((_e, i) => `AG-2026-${String(i + 1).padStart(6, '0')}`));
  });

  it('run a second time, appends nothing', async () => {
    const again = await seedDemoCases(office.engine, accounts, { clock: office.clock, now: new Date('2026-03-27T04:00:00.000Z') });

    expect(again).toEqual({ caseIds: result.caseIds, appended: 0, duplicates: result.appended });
    expect(await office.store.readAll()).toHaveLength(events.length);
  });

  it('given the same seed, seeds the same demo; another seed, another one', async () => {
    const twin = demoOffice();
    await seedDemoCases(twin.engine, accounts, { clock: twin.clock, now: NOW });
    const other = demoOffice();
    await seedDemoCases(other.engine, accounts, { clock: other.clock, now: NOW, seed: 7 });
    const story = async (store: InMemoryEventStore) =>
      (await store.readAll())
        .filter((e) => !e.streamId.startsWith('sequence-'))
        .map((e) => [e.streamId, e.type, e.data, e.metadata.occurredAt, (e.metadata.actor as JsonObject).id]);

    expect(await story(twin.store)).toEqual(await story(office.store));
    expect(await story(other.store)).not.toEqual(await story(office.store));
  });

  it('without a clock, dates every step now and leaves the file meant to expire returned', async () => {
    const plain = demoOffice();
    const seeded = await seedDemoCases(plain.engine, simpleDemoActors, { count: 16 });
    const reached = new Set<string>();
    for (const id of seeded.caseIds) reached.add(stateName((await plain.engine.load(id))!.snapshot.value));

    expect(reached).not.toContain('expired');
    expect(reached).toContain('handed_over');
  });
});
