import { randomUUID } from 'node:crypto';
import { InMemoryEventStore, type RecordedEvent } from '@satupintu/event-store';
import { WorkflowEngine, WorkflowRegistry, auditHistory, eventHash } from '../src';
import { approvalWorkflow, boss, clerk } from './fixtures/approval-workflow';

async function historyOfThree(): Promise<{ registry: WorkflowRegistry; events: RecordedEvent[] }> {
  const store = new InMemoryEventStore();
  const registry = new WorkflowRegistry([approvalWorkflow()]);
  const engine = new WorkflowEngine({ store, registry });
  const id = 'approval-audit';
  await engine.handle(id, { id: randomUUID(), type: 'open', payload: { title: 'T' } }, clerk);
  await engine.handle(id, { id: randomUUID(), type: 'note', payload: { text: 'a' } }, clerk);
  await engine.handle(id, { id: randomUUID(), type: 'approve' }, boss);
  return { registry, events: await store.readStream(id) };
}

describe('auditHistory', () => {
  it('given an edited event, then the chain breaks at that event', async () => {
    const { registry, events } = await historyOfThree();
    events[1] = { ...events[1], data: { text: 'rewritten' } };
    const report = auditHistory(registry, events);
    expect(report.valid).toBe(false);
    expect(report.chain).toEqual({ intact: false, brokenAt: 1 });
    expect(report.steps[1]).toMatchObject({ hashOk: false, problem: 'content does not match its hash' });
  });

  it('given a removed event, then the chain breaks where it was', async () => {
    const { registry, events } = await historyOfThree();
    const report = auditHistory(registry, [events[0], events[2]]);
    expect(report.valid).toBe(false);
    expect(report.chain).toEqual({ intact: false, brokenAt: 1 });
  });

  it('given an event whose recorded actor was changed to one without the right, then the step is illegal', async () => {
    const { registry, events } = await historyOfThree();
    events[2] = { ...events[2], metadata: { ...events[2].metadata, actor: { id: 'x', roles: ['clerk'] } } };
    const report = auditHistory(registry, events);
    expect(report.steps[2]).toMatchObject({ legal: false, hashOk: false });
    expect(report.valid).toBe(false);
  });

  it('given a recorded state that replay does not reach, then the step does not match', async () => {
    const { registry, events } = await historyOfThree();
    events[1] = { ...events[1], metadata: { ...events[1].metadata, stateAfter: 'approved' } };
    expect(auditHistory(registry, events).steps[1]).toMatchObject({ legal: true, stateMatches: false });
  });

  it('given no events, then there is nothing to prove', () => {
    expect(auditHistory(new WorkflowRegistry([approvalWorkflow()]), [])).toMatchObject({ valid: false, workflow: null });
  });
});

describe('auditHistory on histories it cannot replay', () => {
  it('given an event removed from the middle, then only the event after the gap fails its link', async () => {
    const { registry, events } = await historyOfFive();
    const report = auditHistory(registry, [events[0], events[1], events[3], events[4]]);
    expect(report.chain).toEqual({ intact: false, brokenAt: 2 });
    expect(report.steps.map((s) => [s.revision, s.hashOk])).toEqual([
      [0, true],
      [1, true],
      [3, false],
      [4, true],
    ]);
    expect(report.steps[2].problem).toContain('expected revision 2, found 3');
  });

  it('given an edited event whose hash was recomputed too, then the next event no longer links to it', async () => {
    const { registry, events } = await historyOfFive();
    const forged = { ...events[1], data: { text: 'rewritten' } };
    forged.metadata = { ...forged.metadata, hash: eventHash(forged) };
    const report = auditHistory(registry, [events[0], forged, ...events.slice(2)]);
    expect(report.steps[1].hashOk).toBe(true);
    expect(report.steps[2]).toMatchObject({ hashOk: false, problem: 'does not link to the previous event' });
    expect(report.chain).toEqual({ intact: false, brokenAt: 2 });
  });

  it('given data the machine cannot read, then the step is illegal and explained, not thrown', async () => {
    const { registry, events } = await historyOfFive();
    events[1] = { ...events[1], metadata: { ...events[1].metadata, actor: 'nobody' } };
    const report = auditHistory(registry, events);
    expect(report.valid).toBe(false);
    expect(report.steps[1]).toMatchObject({ legal: false, hashOk: false });
    expect(report.steps[1].problem).toMatch(/the machine cannot replay it/);
  });

  it('given a first event naming a workflow version this build does not know, then nothing is legal and the chain is still checked', async () => {
    const { registry, events } = await historyOfFive();
    const report = auditHistory(new WorkflowRegistry([approvalWorkflow({}, 2)]), events);
    expect(registry.names()).toEqual(['approval']);
    expect(report.valid).toBe(false);
    expect(report.workflow).toEqual({ name: 'approval', version: 1 });
    expect(report.chain).toEqual({ intact: true });
    expect(report.steps.every((s) => !s.legal && s.hashOk)).toBe(true);
    expect(report.steps[0].problem).toMatch(/approval/);
  });
});

async function historyOfFive(): Promise<{ registry: WorkflowRegistry; events: RecordedEvent[] }> {
  const store = new InMemoryEventStore();
  const registry = new WorkflowRegistry([approvalWorkflow()]);
  const engine = new WorkflowEngine({ store, registry });
  const id = 'approval-gap';
  await engine.handle(id, { id: randomUUID(), type: 'open', payload: { title: 'T' } }, clerk);
  for (const text of ['a', 'b', 'c']) await engine.handle(id, { id: randomUUID(), type: 'note', payload: { text } }, clerk);
  await engine.handle(id, { id: randomUUID(), type: 'approve' }, boss);
  return { registry, events: await store.readStream(id) };
}
