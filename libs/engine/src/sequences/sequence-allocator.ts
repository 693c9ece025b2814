import { randomUUID } from 'node:crypto';
import {
  isWrongExpectedRevision,
  type EventStore,
  type JsonObject,
  type RecordedEvent,
} from '@satupintu/event-store';

export const SEQUENCE_STREAM_PREFIX = 'sequence-';
export const NUMBER_CLAIMED = 'SequenceNumberClaimed';

interface SequenceState {
  revision: number | 'no_stream';
  last: number;
  claims: Map<string, number>;
}

/**
 * Gap-free, unique numbers (agenda numbers, outgoing letter numbers), one stream per sequence.
 * Every number is claimed for a key (the instance that needs it) by an append with optimistic
 * concurrency; claims that arrive together share one append. A key that claims twice gets its first number back, so a command that failed
 * after the claim and is tried again reuses its number: no gap, no repeat.
 * Conflicts with other processes are retried here, which is safe: the claim is re-decided on
 * the fresh stream, unlike a workflow decision.
 */
interface PendingClaim {
  claimKey: string;
  resolve(value: number): void;
  reject(error: unknown): void;
}

export class SequenceAllocator {
  private readonly states = new Map<string, SequenceState>();
  /** Claims waiting for the next append of their sequence. */
  private readonly pending = new Map<string, PendingClaim[]>();
  /** Sequences with a flush under way: one at a time per sequence in this process. */
  private readonly flushing = new Set<string>();

  constructor(
    private readonly store: EventStore,
    private readonly maxAttempts = 50,
  ) {}

  static streamOf(sequence: string): string {
    return `${SEQUENCE_STREAM_PREFIX}${sequence}`;
  }

  /**
   * The number claimed for `claimKey`. Claims that arrive while an append is under way are
   * written together in the next one: one durable append numbers a whole burst.
   */
  claim(sequence: string, claimKey: string): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const queue = this.pending.get(sequence) ?? [];
      queue.push({ claimKey, resolve, reject });
      this.pending.set(sequence, queue);
      if (!this.flushing.has(sequence)) void this.flush(sequence);
    });
  }

  /** The numbers claimed so far, in order, with their keys. */
  async claims(sequence: string): Promise<Array<{ value: number; claimKey: string }>> {
    const state = await this.catchUp(sequence);
    return [...state.claims.entries()]
      .map(([claimKey, value]) => ({ value, claimKey }))
      .sort((a, b) => a.value - b.value);
  }

  private async flush(sequence: string): Promise<void> {
    this.flushing.add(sequence);
    try {
      for (;;) {
        const batch = this.pending.get(sequence) ?? [];
        this.pending.delete(sequence);
        if (batch.length === 0) return;
        try {
          const values = await this.claimBatch(sequence, batch.map((c) => c.claimKey));
          batch.forEach((c) => c.resolve(values.get(c.claimKey)!));
        } catch (error) {
          batch.forEach((c) => c.reject(error));
        }
      }
    } finally {
      this.flushing.delete(sequence);
    }
  }

  private async claimBatch(sequence: string, keys: string[]): Promise<Map<string, number>> {
    for (let attempt = 1; ; attempt++) {
      const state = await this.catchUp(sequence);
      const values = new Map<string, number>();
      const events = [];
      let next = state.last;
      for (const claimKey of keys) {
        if (values.has(claimKey)) continue;
        const existing = state.claims.get(claimKey);
        if (existing !== undefined) {
          values.set(claimKey, existing);
          continue;
        }
        next += 1;
        values.set(claimKey, next);
        const data: JsonObject = { sequence, value: next, claimKey };
        events.push({ id: randomUUID(), type: NUMBER_CLAIMED, data });
      }
      if (events.length === 0) return values;
      try {
        await this.store.appendToStream(SequenceAllocator.streamOf(sequence), events, {
          expectedRevision: state.revision,
        });
        return values;
      } catch (error) {
        if (!isWrongExpectedRevision(error) || attempt >= this.maxAttempts) throw error;
      }
    }
  }

  private async catchUp(sequence: string): Promise<SequenceState> {
    const state = this.states.get(sequence) ?? { revision: 'no_stream', last: 0, claims: new Map() };
    const from = state.revision === 'no_stream' ? 0 : state.revision + 1;
    const events = await this.store.readStream(SequenceAllocator.streamOf(sequence), { fromRevision: from });
    for (const event of events) this.apply(state, event);
    this.states.set(sequence, state);
    return state;
  }

  private apply(state: SequenceState, event: RecordedEvent): void {
    if (state.revision !== 'no_stream' && event.revision <= state.revision) return;
    state.revision = event.revision;
    if (event.type !== NUMBER_CLAIMED) return;
    const { value, claimKey } = event.data as { value: number; claimKey: string };
    state.last = Math.max(state.last, value);
    if (!state.claims.has(claimKey)) state.claims.set(claimKey, value);
  }
}
