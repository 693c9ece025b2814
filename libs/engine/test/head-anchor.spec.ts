import { randomUUID } from 'node:crypto';
import { InMemoryEventStore, type RecordedEvent } from '@satupintu/event-store';
import {
  WorkflowEngine,
  WorkflowRegistry,
  auditHistory,
  linkEvents,
  verifyChain,
  type StreamAnchors,
} from '../src';
import { approvalWorkflow, boss, clerk } from './fixtures/approval-workflow';

const ID = 'approval-anchored';

/** Given: a history of three steps (opened, noted, approved) the engine wrote. */
async function historyOfThree(): Promise<{ registry: WorkflowRegistry; events: RecordedEvent[] }> {
  const store = new InMemoryEventStore();
  const registry = new WorkflowRegistry([approvalWorkflow()]);
  const engine = new WorkflowEngine({ store, registry });
  await engine.handle(ID, { id: randomUUID(), type: 'open', payload: { title: 'T' } }, clerk);
  await engine.handle(ID, { id: randomUUID(), type: 'note', payload: { text: 'a' } }, clerk);
  await engine.handle(ID, { id: randomUUID(), type: 'approve' }, boss);
  return { registry, events: await store.readStream(ID) };
}

/** What the anchor ledger would hold after seeing these events: their last one. */
function anchoredAt(...events: RecordedEvent[]): StreamAnchors {
  return {
    points: events.map((event) => ({ revision: event.revision, hash: String(event.metadata.hash) })),
  };
}

/** The history rewritten from its second event, every hash after it recomputed: the chain alone holds. */
function rewrittenWithRecomputedHashes(events: RecordedEvent[]): RecordedEvent[] {
  const forged = events.slice(1).map((event, index) => {
    const { hash: _hash, prevHash: _prevHash, ...metadata } = event.metadata;
    return { ...event, data: index === 0 ? { text: 'rewritten' } : event.data, metadata };
  });
  const relinked = linkEvents(ID, 1, String(events[0].metadata.hash), forged);
  return [events[0], ...forged.map((event, index) => ({ ...event, metadata: relinked[index].metadata ?? {} }))];
}

describe('a stream compared with its anchor', () => {
  it('given an untouched stream anchored at its head, then the audit is valid and the chain intact', async () => {
    const { registry, events } = await historyOfThree();
    const report = auditHistory(registry, events, anchoredAt(events[2]));
    expect(report).toMatchObject({ valid: true, chain: { intact: true } });
    expect(report.chain).not.toHaveProperty('reason');
  });

  it('given a stream that grew after it was anchored, then it is intact (the anchor trails the store)', async () => {
    const { registry, events } = await historyOfThree();
    expect(auditHistory(registry, events, anchoredAt(events[0])).chain).toEqual({ intact: true });
  });

  it('when the newest event is cut off, then the chain alone holds but the anchor breaks it at the first missing revision', async () => {
    const { registry, events } = await historyOfThree();
    const cut = events.slice(0, 2);
    expect(auditHistory(registry, cut).chain).toEqual({ intact: true });
    const report = auditHistory(registry, cut, anchoredAt(events[2]));
    expect(report.valid).toBe(false);
    expect(report.chain).toEqual({
      intact: false,
      brokenAt: 2,
      reason: 'events after revision 1 are missing: the anchor saw revision 2',
      finding: { kind: 'eventsMissing', after: 1, anchored: 2 },
    });
  });

  it('when the two newest events are cut off, then it breaks at the first of them', async () => {
    const { events } = await historyOfThree();
    const check = verifyChain(events.slice(0, 1), anchoredAt(events[1], events[2]));
    expect(check).toMatchObject({
      intact: false,
      brokenAt: 1,
      reason: 'events after revision 0 are missing: the anchor saw revision 2',
    });
  });

  it('when the whole history is rewritten with recomputed hashes, then the anchored event no longer matches', async () => {
    const { registry, events } = await historyOfThree();
    const forged = rewrittenWithRecomputedHashes(events);
    expect(verifyChain(forged).intact).toBe(true);
    const report = auditHistory(registry, forged, anchoredAt(events[2]));
    expect(report.valid).toBe(false);
    expect(report.chain).toEqual({
      intact: false,
      brokenAt: 2,
      reason:
        'the event at revision 2 is not the one the anchor saw (another hash): the stream was rewritten at or before it',
      finding: { kind: 'rewritten', revision: 2 },
    });
  });

  it('given anchors at several revisions, then a rewrite is placed at the first anchored revision that differs', async () => {
    const { events } = await historyOfThree();
    const check = verifyChain(rewrittenWithRecomputedHashes(events), anchoredAt(events[0], events[1], events[2]));
    expect(check).toMatchObject({ intact: false, brokenAt: 1 });
  });

  it('when every event is gone, then the anchor says so at revision 0', async () => {
    const { registry, events } = await historyOfThree();
    expect(auditHistory(registry, [], anchoredAt(events[2])).chain).toEqual({
      intact: false,
      brokenAt: 0,
      reason: 'every event is missing: the anchor saw revision 2',
      finding: { kind: 'everyEventMissing', anchored: 2 },
    });
  });

  it('given an event removed in the middle and the head still there, then the chain names the gap and the anchor agrees with the rest', async () => {
    const { events } = await historyOfThree();
    const check = verifyChain([events[0], events[2]], anchoredAt(events[2]));
    // verifyChain names the event after the gap (as it always has); the anchor adds no reason.
    expect(check).toMatchObject({ intact: false, brokenAt: 2 });
    expect(check).not.toHaveProperty('reason');
  });

  it('given a ledger whose rows for the stream were altered, then nothing is proven and the audit says why', async () => {
    const { events } = await historyOfThree();
    const check = verifyChain(events, {
      points: [{ revision: 2, hash: String(events[2].metadata.hash) }],
      ledgerProblem: { revision: 2, problem: 'row 7 does not match its hash' },
    });
    expect(check).toMatchObject({
      intact: false,
      brokenAt: 2,
      reason: "the anchor ledger does not hold (row 7 does not match its hash): the stream's end cannot be proven",
      finding: { kind: 'ledgerBroken', problem: 'row 7 does not match its hash' },
    });
  });

  it('given no anchors for the stream (the ledger has not seen it yet), then only the chain decides', async () => {
    const { events } = await historyOfThree();
    expect(verifyChain(events, { points: [] })).toMatchObject({ intact: true });
  });
});
