import type { AnyMachineSnapshot } from 'xstate';
import type { JsonObject } from '@satupintu/event-store';
import type { Actor } from '../workflow/actor';
import type { AnyWorkflowDefinition } from '../workflow/definition';
import { commandTypeOf } from '../decide/replay';
import { decide, initialSnapshot, type Decision } from '../decide/decide';
import { stateName } from '../decide/state-name';

/** A past event, as a spec states it: its stored type and data, who and when. */
export interface GivenEvent {
  type: string;
  data?: JsonObject;
  actor: Actor;
  at?: string | Date;
}

export interface WhenCommand {
  type: string;
  payload?: JsonObject;
  actor: Actor;
  at?: string | Date;
  /** Values the engine would draw from sequences for this command. */
  allocated?: JsonObject;
}

export interface ThenEvent {
  type: string;
  data?: unknown;
}

type ErrorClass = abstract new (...args: never[]) => Error;

const DEFAULT_AT = '2026-01-05T01:00:00.000Z';
const toDate = (at: string | Date | undefined) => (at instanceof Date ? at : new Date(at ?? DEFAULT_AT));

/**
 * Given/when/then specs for a workflow, in Emmett's decider style, without a store:
 * given events (each must have been legal), when a command, then the events it produces,
 * or the error it is refused with.
 */
export function workflowSpec(definition: AnyWorkflowDefinition, streamId = `${definition.name}-spec`) {
  const replayGiven = (history: GivenEvent[]): AnyMachineSnapshot => {
    let snapshot = initialSnapshot(definition);
    history.forEach((event, index) => {
      const type = commandTypeOf(definition, event.type);
      try {
        snapshot = decide(definition, snapshot, { type, payload: event.data }, event.actor, toDate(event.at), {
          streamId,
          isNew: index === 0,
        }).nextSnapshot;
      } catch (error) {
        throw new Error(`Given event #${index} (${event.type}) is not a legal step: ${(error as Error).message}`);
      }
    });
    return snapshot;
  };

  return {
    given(history: GivenEvent[] = []) {
      return {
        when(command: WhenCommand) {
          const run = (): Decision =>
            decide(definition, replayGiven(history), command, command.actor, toDate(command.at), {
              streamId,
              isNew: history.length === 0,
              allocated: command.allocated,
            });
          return {
            then(expected: ThenEvent[]) {
              const decision = run();
              const produced = [{ type: decision.eventType, data: decision.data }];
              expect(produced).toEqual(expected.map((e) => ({ type: e.type, data: e.data ?? {} })));
              return { state: decision.stateAfter, snapshot: decision.nextSnapshot };
            },
            thenState(expected: string) {
              expect(run().stateAfter).toBe(expected);
            },
            thenThrows(errorClass: ErrorClass, matching?: Record<string, unknown>) {
              let thrown: unknown;
              try {
                run();
              } catch (error) {
                thrown = error;
              }
              expect(thrown).toBeInstanceOf(errorClass);
              if (matching) expect(thrown).toMatchObject(matching);
              return thrown as Error;
            },
          };
        },
        /** The state the given history leads to. */
        thenState(expected: string) {
          expect(stateName(replayGiven(history).value)).toBe(expected);
        },
        snapshot: () => replayGiven(history),
      };
    },
  };
}
