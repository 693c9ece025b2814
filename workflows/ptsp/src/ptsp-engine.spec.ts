import { randomUUID } from 'node:crypto';
import { InMemoryEventStore, type RecordedEvent } from '@satupintu/event-store';
import {
  ActorNotAuthorizedError,
  CommandRejectedError,
  WorkflowEngine,
  WorkflowRegistry,
  auditHistory,
  replay,
  type Actor,
  type Command,
} from '@satupintu/engine';
import type { BerkasContext } from './berkas/context';
import { ptspPresentations } from './presentation';
import {
  consultationDesk,
  dispatcher,
  dutyOfficer,
  frontOffice,
  kabidHkp,
  kasubbidKesejahteraan,
  numberer,
  processorKesejahteraan,
  verifier,
} from './testing/actors';
import { TRACKING_CODE, receivePayload } from './testing/berkas-story';
import { ptspWorkflows } from './workflows';

/** A field of a stored event's data. */
const field = (event: RecordedEvent | undefined, name: string) => (event?.data as Record<string, unknown> | undefined)?.[name];
const command = (type: string, payload: Command['payload'] = {}): Command => ({ id: randomUUID(), type, payload });

/** The PTSP workflows on the real engine and an in-memory store: sequences, replay and audit end to end. */
describe('PTSP workflows on the engine', () => {
  let store: InMemoryEventStore;
  let engine: WorkflowEngine;
  let now: Date;

  beforeEach(() => {
    store = new InMemoryEventStore();
    now = new Date('2026-03-02T01:00:00.000Z');
    engine = new WorkflowEngine({ store, registry: new WorkflowRegistry(ptspWorkflows), clock: () => now });
  });
  afterEach(() => store.close());

  const run = async (streamId: string, steps: Array<[string, Command['payload'], Actor]>) => {
    for (const [type, payload, actor] of steps) await engine.handle(streamId, command(type, payload), actor);
  };

  const karisUntilNumbering = (): Array<[string, Command['payload'], Actor]> => [
    ['receive', receivePayload('KARIS'), frontOffice],
    ['verify_complete', {}, verifier],
    ['dispose', { subdivision: 'kesejahteraan' }, dispatcher],
    ['submit_draft', { summary: 'Konsep Karis' }, processorKesejahteraan],
    ['initial', {}, kasubbidKesejahteraan],
    ['sign', {}, kabidHkp],
  ];

  it('registers both workflows, with screens for each', () => {
    const registry = new WorkflowRegistry(ptspWorkflows);
    expect(registry.names().sort()).toEqual(['berkas', 'konsultasi']);
    expect(Object.keys(ptspPresentations).sort()).toEqual(['berkas', 'konsultasi']);
  });

  it('numbers incoming files from the agenda register, one after another', async () => {
    await run('berkas-a', [['receive', receivePayload('KP-REG'), frontOffice]]);
    await run('berkas-b', [['receive', receivePayload('KARIS'), frontOffice]]);
    const [a] = await store.readStream('berkas-a');
    const [b] = await store.readStream('berkas-b');
    expect(field(a, 'agendaNumber')).toBe('AG-2026-000001');
    expect(field(b, 'agendaNumber')).toBe('AG-2026-000002');
  });

  it('takes a KARIS file from receipt to handover, numbers its letter, and the history replays and audits clean', async () => {
    await run('berkas-karis', [...karisUntilNumbering(), ['assign_number', {}, numberer], ['hand_over', { recipientName: 'Ahmad', relation: 'self' }, dutyOfficer]]);
    const events = await store.readStream('berkas-karis');
    expect(events.map((e) => e.type)).toEqual([
      'FileReceived',
      'FileVerified',
      'FileDisposed',
      'DraftSubmitted',
      'DraftInitialled',
      'LetterSigned',
      'LetterNumbered',
      'FileHandedOver',
    ]);
    const replayed = replay(engine.registry, events);
    expect(replayed?.snapshot.value).toBe('handed_over');
    expect(replayed?.snapshot.context as BerkasContext).toMatchObject({ letterNumber: '800.1.11.8/0001/BKD/2026', letterDate: '2026-03-02' });
    expect(auditHistory(engine.registry, events).valid).toBe(true);
  });

  it('a refused numbering takes no letter number: the register has no gap', async () => {
    await run('berkas-first', karisUntilNumbering());
    await expect(engine.handle('berkas-first', command('assign_number'), verifier)).rejects.toBeInstanceOf(ActorNotAuthorizedError);
    await run('berkas-first', [['assign_number', {}, numberer]]);
    await run('berkas-second', [...karisUntilNumbering(), ['assign_number', {}, numberer]]);
    const numbers = await Promise.all(
      ['berkas-first', 'berkas-second'].map(async (id) => field((await store.readStream(id)).at(-1), 'letterNumber')),
    );
    expect(numbers).toEqual(['800.1.11.8/0001/BKD/2026', '800.1.11.8/0002/BKD/2026']);
  });

  it('a receipt refused for its content takes no agenda number', async () => {
    await expect(
      engine.handle('berkas-bad', command('receive', receivePayload('KP-REG', { submittedDocuments: ['PAK'] })), frontOffice),
    ).rejects.toBeInstanceOf(CommandRejectedError);
    await run('berkas-good', [['receive', receivePayload('KP-REG'), frontOffice]]);
    expect(field((await store.readStream('berkas-good'))[0], 'agendaNumber')).toBe('AG-2026-000001');
  });

  it('tells a member of staff what they may do on a file now', async () => {
    await run('berkas-c', [['receive', receivePayload('KP-REG'), frontOffice]]);
    expect(await engine.allowedCommands('berkas-c', verifier)).toEqual(['verify_complete', 'return_incomplete']);
    expect(await engine.allowedCommands('berkas-c', frontOffice)).toEqual(['withdraw']);
    expect(await engine.allowedCommands('berkas-new', frontOffice)).toEqual(['receive']);
  });

  it('runs a consultation from question to closing', async () => {
    await run('konsultasi-1', [
      ['ask', { topic: 'Kenaikan pangkat', question: 'Kapan periode April dibuka?', trackingCode: TRACKING_CODE }, consultationDesk],
      ['answer', { answer: 'Berkas paling lambat 1 Februari' }, consultationDesk],
      ['close', {}, consultationDesk],
    ]);
    const events = await store.readStream('konsultasi-1');
    expect(events.map((e) => e.type)).toEqual(['QuestionAsked', 'QuestionAnswered', 'ConsultationClosed']);
    expect(auditHistory(engine.registry, events).valid).toBe(true);
  });
});
