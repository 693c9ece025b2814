import { transition, type AnyMachineSnapshot } from 'xstate';
import { initialSnapshot, machineEventOf, pureStep, pureTransition } from '../src';
import { approvalWorkflow, boss, clerk } from './fixtures/approval-workflow';

describe('pureTransition', () => {
  it('gives exactly what XState\'s transition() gives, step by step, actions included', () => {
    const announced: string[] = [];
    const definition = approvalWorkflow({ approved: (n) => announced.push(n) });
    const at = '2026-03-02T03:00:00.000Z';
    const steps = [
      machineEventOf('open', { title: 'T' }, clerk, at),
      machineEventOf('note', { text: 'a' }, clerk, at),
      machineEventOf('reject', { reason: '' }, boss, at),
      machineEventOf('approve', { number: 'AP/0001/2026' }, boss, at),
    ];
    let fast: AnyMachineSnapshot = initialSnapshot(definition);
    let reference: AnyMachineSnapshot = initialSnapshot(definition);
    for (const event of steps) {
      const [nextFast, fastActions] = pureTransition(definition.machine, fast, event);
      const [nextReference, referenceActions] = transition(definition.machine, reference, event);
      expect(nextFast.value).toEqual(nextReference.value);
      expect(nextFast.context).toEqual(nextReference.context);
      expect(nextFast.status).toEqual(nextReference.status);
      expect(fastActions.map((a) => a.type)).toEqual(referenceActions.map((a) => a.type));
      fast = nextFast;
      reference = nextReference;
    }
    expect(fast.value).toBe('approved');
    expect(announced).toEqual([]);
  });

  it('says whether the event was accepted exactly as snapshot.can() does, refusals included', () => {
    const definition = approvalWorkflow();
    const at = '2026-03-02T03:00:00.000Z';
    const start = initialSnapshot(definition);
    const [review] = pureTransition(definition.machine, start, machineEventOf('open', { title: 'T' }, clerk, at));
    const cases: Array<[AnyMachineSnapshot, ReturnType<typeof machineEventOf>]> = [
      [start, machineEventOf('open', { title: 'T' }, clerk, at)], // accepted
      [start, machineEventOf('open', { title: 'T' }, boss, at)], // guard refuses the actor
      [start, machineEventOf('approve', {}, boss, at)], // no transition in this state
      [review, machineEventOf('note', { text: 'a' }, clerk, at)], // accepted, stays in the state
      [review, machineEventOf('reject', { reason: ' ' }, boss, at)], // the second guard of an and() refuses
      [review, machineEventOf('reject', { reason: 'late' }, boss, at)], // accepted
    ];
    const verdicts = cases.map(([snapshot, event]) => {
      const step = pureStep(definition.machine, snapshot, event);
      expect(step.accepted).toBe(snapshot.can(event));
      if (!step.accepted) expect(step.snapshot.value).toEqual(snapshot.value);
      return step.accepted;
    });
    expect(verdicts).toEqual([true, false, false, true, false, true]);
  });
});
