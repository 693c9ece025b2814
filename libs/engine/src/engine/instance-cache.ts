import type { AnyMachineSnapshot } from 'xstate';
import type { AnyWorkflowDefinition } from '../workflow/definition';

/** The first outcome of a command, returned again when the same command id comes back. */
export interface CommandOutcome {
  revision: number;
  state: string;
  position: number;
  eventType: string;
}

/** An instance as of one stream revision. */
export interface LoadedInstance {
  streamId: string;
  definition: AnyWorkflowDefinition;
  snapshot: AnyMachineSnapshot;
  revision: number;
  position: number;
  lastHash: string | null;
  /** Command id → outcome, for every command stored in the stream (append-only facts). */
  outcomes: Map<string, CommandOutcome>;
}

/**
 * Recently used instances keyed by stream, each valid as of its revision: loading one reads only
 * the events after that revision, so the cost does not grow with the length of the history.
 * Least recently used instances are evicted past `capacity`.
 */
export class InstanceCache {
  private readonly entries = new Map<string, LoadedInstance>();

  constructor(private readonly capacity: number) {}

  get(streamId: string): LoadedInstance | undefined {
    const entry = this.entries.get(streamId);
    if (entry) {
      this.entries.delete(streamId);
      this.entries.set(streamId, entry);
    }
    return entry;
  }

  /** Keeps the newer of what is cached and what is offered: concurrent loads may finish out of order. */
  offer(instance: LoadedInstance): void {
    const current = this.entries.get(instance.streamId);
    if (current && current.revision >= instance.revision) return;
    this.entries.delete(instance.streamId);
    this.entries.set(instance.streamId, instance);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }

  delete(streamId: string): void {
    this.entries.delete(streamId);
  }

  get size(): number {
    return this.entries.size;
  }
}
