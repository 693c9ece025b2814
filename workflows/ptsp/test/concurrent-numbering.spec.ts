import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkflowEngine, WorkflowRegistry, type Actor } from '@satupintu/engine';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { ptspWorkflows, trackingCodeFrom } from '../src';
import { dispatcher, frontOffice, numberer, verifier } from '../src/testing/actors';
import { holderOf, letterService, processorOf, receivePayload } from '../src/testing/berkas-story';

/**
 * The office's registers under load, on the real durable store: agenda numbers for files received
 * at the same moment and outgoing letter numbers for letters numbered at the same moment are
 * 1..N, each once, with no gap.
 */
describe('numbering 200 files at once on SQLite', () => {
  const service = letterService('KARIS');
  let dir: string;
  let store: SqliteEventStore;
  let engine: WorkflowEngine;
  const send = (id: string, type: string, actor: Actor, payload = {}) =>
    engine.handle(id, { id: randomUUID(), type, payload }, actor);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'satupintu-numbering-'));
    store = new SqliteEventStore(join(dir, 'events.sqlite'));
    engine = new WorkflowEngine({
      store,
      registry: new WorkflowRegistry([...ptspWorkflows]),
      clock: () => new Date('2026-06-01T02:00:00.000Z'),
    });
  });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives agenda numbers and letter numbers 1..200, unique and gap-free', async () => {
    const ids = Array.from({ length: 200 }, () => `berkas-${randomUUID()}`);
    await Promise.all(
      ids.map((id, i) =>
        send(id, 'receive', frontOffice, {
          ...receivePayload('KARIS'),
          trackingCode: trackingCodeFrom(Array.from({ length: 15 }, (_, j) => (i * 31 + j) % 31)),
        }),
      ),
    );
    await Promise.all(
      ids.map(async (id) => {
        await send(id, 'verify_complete', verifier);
        await send(id, 'dispose', dispatcher, { subdivision: service.subdivision });
        await send(id, 'submit_draft', processorOf(service.subdivision), { summary: 'Konsep' });
        for (const position of service.initialsChain) await send(id, 'initial', holderOf(position));
        await send(id, 'sign', holderOf(service.signer));
      }),
    );

    await Promise.all(ids.map((id) => send(id, 'assign_number', numberer)));

    const histories = await Promise.all(ids.map((id) => store.readStream(id)));
    const sequenceOf = (pattern: RegExp, value: unknown) => Number(pattern.exec(String(value))?.[1]);
    const agenda = histories.map((h) => sequenceOf(/^AG-2026-(\d{6})$/, (h[0].data as { agendaNumber: string }).agendaNumber));
    const letters = histories.map((h) =>
      sequenceOf(/^800\.1\.11\.8\/(\d{4})\/BKD\/2026$/, (h[h.length - 1].data as { letterNumber: string }).letterNumber),
    );
    const oneTo200 = Array.from({ length: 200 }, (_, i) => i + 1);
    expect([...agenda].sort((a, b) => a - b)).toEqual(oneTo200);
    expect([...letters].sort((a, b) => a - b)).toEqual(oneTo200);
    expect(histories.every((h) => h[h.length - 1].metadata.stateAfter === 'ready')).toBe(true);
  });
});
