import { Inject, Injectable } from '@nestjs/common';
import type { AnyMachineSnapshot } from 'xstate';
import {
  commandsOfState,
  definitionOf,
  initialSnapshot,
  replay,
  stateName,
  WorkflowEngine,
} from '@satupintu/engine';
import type { EventStore, JsonObject, RecordedEvent } from '@satupintu/event-store';
import { EVENT_STORE } from '../../core/tokens';
import { ApiException } from '../../errors/api-error';
import { readCaseStream } from '../case-stream';
import type { CaseStateDto } from './case-state.dto';
import { badMoment, parseMoment, type Moment } from './moment';
import { say } from '../../i18n/message';

const occurredAt = (event: RecordedEvent): string =>
  typeof event.metadata.occurredAt === 'string' ? event.metadata.occurredAt : event.recordedAt;

/** How many of the events (from the first) had happened at the moment. */
function stepsTaken(events: RecordedEvent[], moment: Moment): number {
  if (moment.kind === 'revision') {
    const last = events[events.length - 1].revision;
    if (moment.revision > last) throw badMoment(say('field.revisionRange', { last }));
    return events.filter((event) => event.revision <= moment.revision).length;
  }
  const later = events.findIndex((event) => Date.parse(occurredAt(event)) >= moment.before);
  return later === -1 ? events.length : later;
}

/**
 * A case as it stood at any moment: its stored events up to then, replayed from scratch through
 * the workflow version it was recorded with, by the engine's pure functions (no cache, no read model).
 */
@Injectable()
export class CaseStates {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly engine: WorkflowEngine,
  ) {}

  async at(id: string, at: string | undefined): Promise<CaseStateDto> {
    const moment = parseMoment(at);
    const events = await readCaseStream(this.store, id);
    const taken = events.slice(0, stepsTaken(events, moment));
    let snapshot: AnyMachineSnapshot;
    let workflow: { name: string; version: number };
    try {
      const replayed = replay(this.engine.registry, taken);
      const definition = replayed?.definition ?? definitionOf(this.engine.registry, events[0]);
      snapshot = replayed?.snapshot ?? initialSnapshot(definition);
      workflow = { name: definition.name, version: definition.version };
    } catch (error) {
      throw new ApiException(
        422,
        say('case.notReplayable', { problem: (error as Error).message, id }),
      );
    }
    const last = taken[taken.length - 1];
    return {
      caseId: id,
      at: String(at).trim(),
      revision: last?.revision ?? null,
      lastRevision: events[events.length - 1].revision,
      workflow,
      state: stateName(snapshot.value),
      status: snapshot.status === 'done' ? 'done' : 'active',
      possibleActions: commandsOfState(snapshot),
      context: JSON.parse(JSON.stringify(snapshot.context ?? {})) as JsonObject,
      step: last
        ? {
            revision: last.revision,
            type: last.type,
            occurredAt: occurredAt(last),
            actor: (last.metadata.actor ?? {}) as JsonObject,
          }
        : null,
    };
  }
}
