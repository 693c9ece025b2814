import { createTestModel, getShortestPaths } from '@xstate/graph';
import {
  actorToJson,
  commandsOfState,
  decide,
  initialSnapshot,
  stateName,
  type Actor,
  type MachineCommandEvent,
} from '@satupintu/engine';
import type { AnyMachineSnapshot } from 'xstate';
import { everyone } from '../testing/actors';
import type { Json } from '../testing/json';
import { validKonsultasiEvents } from '../testing/konsultasi-story';
import { machineTransitions, transitionKey } from '../testing/machine-transitions';
import { konsultasiWorkflow } from './definition';
import { konsultasiMachine } from './machine';
import { konsultasiPermissions } from './permissions';
import { KONSULTASI_COMMANDS, KONSULTASI_STATES } from './vocabulary';

/** Model-based tests of konsultasi, as for berkas; the chart is small enough to walk every simple path. */
const model = createTestModel(konsultasiMachine, { events: validKonsultasiEvents });
const paths = model.getSimplePaths();

const stepsOf = (path: (typeof paths)[number]) =>
  path.steps.slice(1).map((step, i) => ({
    source: stateName(path.steps[i].state.value),
    event: step.event.type,
    target: stateName(step.state.value),
  }));

describe('konsultasi, tested from its own model', () => {
  it('reaches every state', () => {
    const reached = new Set(paths.flatMap((p) => p.steps.map((s) => stateName(s.state.value))));
    expect([...reached].sort()).toEqual([...KONSULTASI_STATES].sort());
  });

  it('takes every transition of the statechart', () => {
    const taken = new Set(paths.flatMap(stepsOf).map(transitionKey));
    const arrows = machineTransitions(konsultasiMachine).map(transitionKey);
    expect(arrows).toEqual([
      'start --ask--> asked',
      'asked --answer--> answered',
      'asked --escalate--> escalated',
      'escalated --answer--> answered',
      'answered --close--> closed',
    ]);
    expect(arrows.filter((arrow) => !taken.has(arrow))).toEqual([]);
  });

  it("the workflow definition accepts every path through the engine's decide, in the model's states and with the model's context", async () => {
    for (const path of paths) {
      let snapshot: AnyMachineSnapshot = initialSnapshot(konsultasiWorkflow);
      let revision = 0;
      const execute = (step: { event: { type: string } }) => {
        const { type, actor, at, ...payload } = step.event as MachineCommandEvent;
        snapshot = decide(konsultasiWorkflow, snapshot, { type, payload: payload as Json }, actor, new Date(at), {
          streamId: 'konsultasi-model',
          isNew: revision === 0,
        }).nextSnapshot;
        revision += 1;
      };
      await path.test({
        events: Object.fromEntries(KONSULTASI_COMMANDS.map((type) => [type, execute])),
        states: {
          '*': (expected) => {
            expect(stateName(snapshot.value)).toBe(stateName(expected.value));
            expect(snapshot.context).toEqual(expected.context);
          },
        },
      });
    }
  });

  it('the permissions table names exactly the commands the statechart accepts', () => {
    const fromMachine = machineTransitions(konsultasiMachine).map((t) => `${t.source}:${t.event}`);
    const fromTable = Object.entries(konsultasiPermissions).flatMap(([state, commands]) => Object.keys(commands).map((c) => `${state}:${c}`));
    expect(fromTable.sort()).toEqual(fromMachine.sort());
  });

  it('in every reachable state, the guard lets through exactly whom authorize lets through', () => {
    const managers: Actor[] = ['kepangkatan', 'mutasi'].flatMap((unit) => [
      { id: `i-${unit}`, roles: ['initialer'], unit },
      { id: `p-${unit}`, roles: ['processor'], unit },
    ]);
    let allowed = 0;
    for (const { state: snapshot } of getShortestPaths(konsultasiMachine, { events: validKonsultasiEvents })) {
      const accepted = commandsOfState(snapshot);
      for (const event of validKonsultasiEvents(snapshot).filter((e) => accepted.includes(e.type))) {
        for (const actor of [...everyone, ...managers]) {
          const authorized = konsultasiWorkflow.authorize({ snapshot, type: event.type, actor, at: event.at });
          expect(snapshot.can({ ...event, actor: actorToJson(actor) as unknown as Actor })).toBe(authorized);
          if (authorized) allowed += 1;
        }
      }
    }
    expect(allowed).toBeGreaterThan(10);
  });
});
