import { randomUUID } from 'node:crypto';
import type { AnyMachineSnapshot } from 'xstate';
import {
  isWrongExpectedRevision,
  type EventStore,
  type JsonObject,
  type RecordedEvent,
} from '@satupintu/event-store';
import type { Actor } from '../workflow/actor';
import type { Command } from '../workflow/command';
import type { AnyWorkflowDefinition } from '../workflow/definition';
import { WorkflowRegistry } from '../workflow/registry';
import { ConcurrencyConflictError } from '../errors/engine-errors';
import { assertDecidable, decide, initialSnapshot, type Decision } from '../decide/decide';
import { allowedCommands } from '../decide/possible-commands';
import { definitionOf, evolve, metadataOf } from '../decide/replay';
import { stateName } from '../decide/state-name';
import { eventHash } from '../integrity/hash-chain';
import type { WorkflowEventMetadata } from '../integrity/event-metadata';
import { SequenceAllocator } from '../sequences/sequence-allocator';
import { InstanceCache, type LoadedInstance } from './instance-cache';

export interface EngineOptions {
  store: EventStore;
  registry: WorkflowRegistry;
  /** The engine's clock; inject one in tests. */
  clock?: () => Date;
  /** How many instances to keep in memory. */
  cacheCapacity?: number;
  /** Called after a side effect of the machine threw: the command stays acknowledged. */
  onEffectError?: (error: unknown, context: { streamId: string; action: string }) => void;
}

export interface HandleResult {
  streamId: string;
  /** Revision of the command's event: 0 for the event that started the instance. */
  revision: number;
  state: string;
  position: number;
  eventType: string;
  /** True when this command id had already been applied: nothing new was appended. */
  duplicate: boolean;
}

export type AppendedListener = (event: RecordedEvent, instance: LoadedInstance) => void;

/**
 * The generic workflow engine: it knows machines and streams, not PTSP.
 * handle() = load (cache + the events after it) → decide (pure) → append with the expected
 * revision → only then run the machine's side effects.
 */
export class WorkflowEngine {
  readonly registry: WorkflowRegistry;
  readonly sequences: SequenceAllocator;
  private readonly store: EventStore;
  private readonly clock: () => Date;
  private readonly cache: InstanceCache;
  private readonly listeners = new Set<AppendedListener>();
  private readonly onEffectError: NonNullable<EngineOptions['onEffectError']>;

  constructor(options: EngineOptions) {
    this.store = options.store;
    this.registry = options.registry;
    this.clock = options.clock ?? (() => new Date());
    this.cache = new InstanceCache(options.cacheCapacity ?? 10_000);
    this.sequences = new SequenceAllocator(options.store);
    this.onEffectError =
      options.onEffectError ??
      ((error, { streamId, action }) => console.error(`Side effect ${action} of ${streamId} failed`, error));
  }

  /** Called after every event this engine appended (not for duplicates). */
  onAppended(listener: AppendedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The instance as of its latest stored event, or null when it has none. */
  async load(streamId: string): Promise<LoadedInstance | null> {
    const cached = this.cache.get(streamId);
    const events = await this.store.readStream(streamId, {
      fromRevision: cached ? cached.revision + 1 : 'start',
    });
    if (events.length === 0) return cached ?? null;
    const instance = this.fold(streamId, cached, events);
    this.cache.offer(instance);
    return instance;
  }

  /** The command types this actor may send to the instance now (for a new instance: what starts one). */
  async allowedCommands(streamId: string, actor: Actor): Promise<string[]> {
    const instance = await this.load(streamId);
    const definition = instance?.definition ?? this.registry.latest(WorkflowRegistry.workflowNameOf(streamId));
    const snapshot = instance?.snapshot ?? initialSnapshot(definition);
    return allowedCommands(definition, snapshot, actor, this.clock().toISOString());
  }

  async handle(streamId: string, command: Command, actor: Actor): Promise<HandleResult> {
    const cached = this.cachedAtExpectedRevision(streamId, command);
    if (cached) {
      const earlier = cached.outcomes.get(command.id);
      if (earlier) return { streamId, ...earlier, duplicate: true };
      const at = this.clock();
      const decision = this.decideOrUndefined(cached, streamId, command, actor, at);
      if (decision) return this.append(streamId, command, cached, cached.definition, decision);
      // A refusal is only ever reported from a fresh read: the cache may be behind the store.
    }

    const instance = await this.load(streamId);
    const earlier = instance?.outcomes.get(command.id);
    if (earlier) return { streamId, ...earlier, duplicate: true };

    const actualRevision = instance ? instance.revision : 'no_stream';
    if (command.expectedRevision !== undefined && command.expectedRevision !== actualRevision) {
      throw new ConcurrencyConflictError(streamId, command.expectedRevision, actualRevision);
    }

    const definition = instance?.definition ?? this.registry.latest(WorkflowRegistry.workflowNameOf(streamId));
    const snapshot = instance?.snapshot ?? initialSnapshot(definition);
    const at = this.clock();
    const decision = await this.decideWithAllocations(definition, snapshot, streamId, command, actor, at, !instance);
    return this.append(streamId, command, instance, definition, decision);
  }

  /**
   * The cached instance when deciding on it needs no read of the store: the command expects
   * exactly the revision it holds, and draws no number. Its append is checked against that
   * revision, so if another process moved the stream on meanwhile, the append fails and the
   * answer is the one a fresh read would have given (a duplicate, or a conflict). Commands
   * without an expected revision, or that draw a number (which must never be drawn for a
   * command a fresh read would have refused), always read.
   */
  private cachedAtExpectedRevision(streamId: string, command: Command): LoadedInstance | undefined {
    if (command.expectedRevision === undefined) return undefined;
    const cached = this.cache.get(streamId);
    if (cached?.revision !== command.expectedRevision) return undefined;
    if (cached.definition.allocations?.[command.type]) return undefined;
    return cached;
  }

  private decideOrUndefined(instance: LoadedInstance, streamId: string, command: Command, actor: Actor, at: Date): Decision | undefined {
    try {
      return decide(instance.definition, instance.snapshot, command, actor, at, { streamId, isNew: false });
    } catch {
      return undefined;
    }
  }

  /** Appends the decided event at the revision after `instance`, then updates the cache and runs the side effects. */
  private async append(
    streamId: string,
    command: Command,
    instance: LoadedInstance | null,
    definition: AnyWorkflowDefinition,
    decision: Decision,
  ): Promise<HandleResult> {
    const actualRevision = instance ? instance.revision : 'no_stream';
    const revision = instance ? instance.revision + 1 : 0;
    const metadata = this.metadataFor(definition, streamId, revision, command, decision, instance);
    const eventId = metadata.eventId;
    try {
      const appended = await this.store.appendToStream(
        streamId,
        [{ id: eventId, type: decision.eventType, data: decision.data, metadata }],
        { expectedRevision: actualRevision },
      );
      const recorded: RecordedEvent = {
        streamId,
        revision,
        position: appended.position,
        id: eventId,
        type: decision.eventType,
        data: decision.data,
        metadata,
        recordedAt: metadata.occurredAt,
      };
      const next = this.advance(streamId, instance, definition, decision.nextSnapshot, recorded, command.id);
      this.cache.offer(next);
      this.runEffects(streamId, decision);
      for (const listener of this.listeners) listener(recorded, next);
      return {
        streamId,
        revision,
        state: decision.stateAfter,
        position: appended.position,
        eventType: decision.eventType,
        duplicate: false,
      };
    } catch (error) {
      if (!isWrongExpectedRevision(error)) throw error;
      // Someone appended first. If it was this very command (a concurrent retry), answer as before;
      // otherwise refuse: re-deciding on the new state could apply a decision nobody made.
      const fresh = await this.load(streamId);
      const outcome = fresh?.outcomes.get(command.id);
      if (outcome) return { streamId, ...outcome, duplicate: true };
      throw new ConcurrencyConflictError(streamId, actualRevision, fresh ? fresh.revision : 'no_stream');
    }
  }

  private async decideWithAllocations(
    definition: AnyWorkflowDefinition,
    snapshot: AnyMachineSnapshot,
    streamId: string,
    command: Command,
    actor: Actor,
    at: Date,
    isNew: boolean,
  ): Promise<Decision> {
    const allocation = definition.allocations?.[command.type];
    if (!allocation) return decide(definition, snapshot, command, actor, at, { streamId, isNew });
    // Check first, with a placeholder, so that a refused command never consumes a number.
    assertDecidable(definition, snapshot, command, actor, at, { streamId, isNew, allocated: { [allocation.field]: '' } });
    const ctx = { snapshot, payload: command.payload ?? {}, at };
    const value = await this.sequences.claim(allocation.sequence(ctx), `${streamId}:${allocation.field}`);
    const allocated: JsonObject = { [allocation.field]: allocation.format(value, ctx) };
    return decide(definition, snapshot, command, actor, at, { streamId, isNew, allocated });
  }

  private metadataFor(
    definition: AnyWorkflowDefinition,
    streamId: string,
    revision: number,
    command: Command,
    decision: Decision,
    instance: LoadedInstance | null,
  ): WorkflowEventMetadata {
    const eventId = randomUUID();
    const metadata: WorkflowEventMetadata = {
      eventId,
      commandId: command.id,
      correlationId: command.correlationId ?? command.id,
      causationId: command.causationId ?? command.id,
      // The machine event's actor and time are the JSON of this command's actor and time.
      actor: decision.machineEvent.actor as unknown as JsonObject,
      workflow: { name: definition.name, version: definition.version },
      stateBefore: decision.stateBefore,
      stateAfter: decision.stateAfter,
      occurredAt: decision.machineEvent.at,
      prevHash: instance?.lastHash ?? null,
      hash: '',
    };
    metadata.hash = eventHash({ streamId, revision, type: decision.eventType, data: decision.data, metadata });
    return metadata;
  }

  private fold(streamId: string, cached: LoadedInstance | undefined, events: RecordedEvent[]): LoadedInstance {
    const definition = cached?.definition ?? definitionOf(this.registry, events[0]);
    let snapshot = cached?.snapshot ?? initialSnapshot(definition);
    const outcomes = cached?.outcomes ?? new Map();
    for (const event of events) {
      snapshot = evolve(definition, snapshot, event);
      const metadata = metadataOf(event);
      if (!outcomes.has(metadata.commandId)) {
        outcomes.set(metadata.commandId, {
          revision: event.revision,
          state: metadata.stateAfter,
          position: event.position,
          eventType: event.type,
        });
      }
    }
    const last = events[events.length - 1];
    return {
      streamId,
      definition,
      snapshot,
      revision: last.revision,
      position: last.position,
      lastHash: metadataOf(last).hash,
      outcomes,
    };
  }

  private advance(
    streamId: string,
    instance: LoadedInstance | null,
    definition: AnyWorkflowDefinition,
    snapshot: AnyMachineSnapshot,
    recorded: RecordedEvent,
    commandId: string,
  ): LoadedInstance {
    const outcomes = instance?.outcomes ?? new Map();
    outcomes.set(commandId, {
      revision: recorded.revision,
      state: stateName(snapshot.value),
      position: recorded.position,
      eventType: recorded.type,
    });
    return {
      streamId,
      definition,
      snapshot,
      revision: recorded.revision,
      position: recorded.position,
      lastHash: (recorded.metadata as WorkflowEventMetadata).hash,
      outcomes,
    };
  }

  /** The machine's own actions, now that the event is stored. A failing one does not undo the command. */
  private runEffects(streamId: string, decision: Decision): void {
    for (const action of decision.actions) {
      if (action.type.startsWith('xstate.') || typeof action.exec !== 'function') continue;
      try {
        action.exec(action.info, action.params);
      } catch (error) {
        this.onEffectError(error, { streamId, action: action.type });
      }
    }
  }
}
