import { createTestModel } from '@xstate/graph';
import { decide, initialSnapshot, stateName, type MachineCommandEvent } from '@satupintu/engine';
import type { AnyMachineSnapshot } from 'xstate';
import { MODEL_SERVICES, validBerkasEvents } from '../testing/berkas-events';
import type { Json } from '../testing/json';
import { machineTransitions, transitionKey } from '../testing/machine-transitions';
import { berkasWorkflow } from './definition';
import { berkasMachine } from './machine';
import { BERKAS_COMMANDS, BERKAS_STATES } from './vocabulary';

/**
 * Model-based tests: @xstate/graph walks the berkas statechart with valid commands for every
 * state (services with chains of one, two and three officials) and yields the shortest path to
 * every distinct step. The paths must reach every state and take every arrow of the chart, and
 * the workflow definition must accept each path through the engine's own `decide`.
 */
const model = createTestModel(berkasMachine, { events: validBerkasEvents });
const paths = model.getShortestPaths();

const stepsOf = (path: (typeof paths)[number]) =>
  path.steps.slice(1).map((step, i) => ({
    source: stateName(path.steps[i].state.value),
    event: step.event.type,
    target: stateName(step.state.value),
  }));

describe(`berkas, tested from its own model (${MODEL_SERVICES.join(', ')})`, () => {
  it('generates paths at all', () => {
    expect(paths.length).toBeGreaterThan(BERKAS_STATES.length);
  });

  it('reaches every state', () => {
    const reached = new Set(paths.flatMap((p) => p.steps.map((s) => stateName(s.state.value))));
    expect([...reached].sort()).toEqual([...BERKAS_STATES].sort());
  });

  it('takes every transition of the statechart, including both outcomes of an initial and withdrawal from each open state', () => {
    const taken = new Set(paths.flatMap(stepsOf).map(transitionKey));
    const arrows = machineTransitions(berkasMachine).map(transitionKey);
    expect(arrows).toHaveLength(21);
    expect(arrows.filter((arrow) => !taken.has(arrow))).toEqual([]);
  });

  it('uses every command', () => {
    const used = new Set(paths.flatMap(stepsOf).map((s) => s.event));
    expect([...used].sort()).toEqual([...BERKAS_COMMANDS].sort());
  });

  it("the workflow definition accepts every path through the engine's decide, in the model's states and with the model's context", async () => {
    for (const path of paths) {
      let snapshot: AnyMachineSnapshot = initialSnapshot(berkasWorkflow);
      let revision = 0;
      const execute = (step: { event: { type: string } }) => {
        const { type, actor, at, ...payload } = step.event as MachineCommandEvent;
        snapshot = decide(berkasWorkflow, snapshot, { type, payload: payload as Json }, actor, new Date(at), {
          streamId: 'berkas-model',
          isNew: revision === 0,
        }).nextSnapshot;
        revision += 1;
      };
      await path.test({
        events: Object.fromEntries(BERKAS_COMMANDS.map((type) => [type, execute])),
        states: {
          '*': (expected) => {
            expect(stateName(snapshot.value)).toBe(stateName(expected.value));
            expect(snapshot.context).toEqual(expected.context);
          },
        },
      });
    }
  });
});
