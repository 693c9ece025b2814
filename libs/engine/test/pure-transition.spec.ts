import { transition, type AnyMachineSnapshot } from 'xstate';
import { initialSnapshot, machineEventOf, pureTransition } from '../src';
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
});
