import { randomUUID } from 'node:crypto';
import { InMemoryEventStore, type RecordedEvent } from '@satupintu/event-store';
import { WorkflowEngine, WorkflowRegistry, auditHistory } from '../src';
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
