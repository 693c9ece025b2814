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
 * concurrency. A key that claims twice gets its first number back, so a command that failed
 * after the claim and is tried again reuses its number: no gap, no repeat.
 * Conflicts with other processes are retried here, which is safe: the claim is re-decided on
 * the fresh stream, unlike a workflow decision.
 */
export class SequenceAllocator {
  private readonly states = new Map<string, SequenceState>();
  /** One claim at a time per sequence in this process: no self-inflicted conflicts. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    private readonly store: EventStore,
    private readonly maxAttempts = 50,
  ) {}

  static streamOf(sequence: string): string {
    return `${SEQUENCE_STREAM_PREFIX}${sequence}`;
  }

  claim(sequence: string, claimKey: string): Promise<number> {
    const previous = this.queues.get(sequence) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(() => this.claimNow(sequence, claimKey));
    this.queues.set(sequence, next);
    void next.finally(() => {
      if (this.queues.get(sequence) === next) this.queues.delete(sequence);
    }).catch(() => undefined);
    return next;
  }

  /** The numbers claimed so far, in order, with their keys. */
  async claims(sequence: string): Promise<Array<{ value: number; claimKey: string }>> {
    const state = await this.catchUp(sequence);
    return [...state.claims.entries()]
      .map(([claimKey, value]) => ({ value, claimKey }))
      .sort((a, b) => a.value - b.value);
  }

  private async claimNow(sequence: string, claimKey: string): Promise<number> {
    for (let attempt = 1; ; attempt++) {
      const state = await this.catchUp(sequence);
      const existing = state.claims.get(claimKey);
      if (existing !== undefined) return existing;
      const value = state.last + 1;
      try {
        const data: JsonObject = { sequence, value, claimKey };
        await this.store.appendToStream(
          SequenceAllocator.streamOf(sequence),
          [{ id: randomUUID(), type: NUMBER_CLAIMED, data }],
          { expectedRevision: state.revision },
        );
        return value;
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
    state.revision = event.revision;
    if (event.type !== NUMBER_CLAIMED) return;
    const { value, claimKey } = event.data as { value: number; claimKey: string };
    state.last = Math.max(state.last, value);
    if (!state.claims.has(claimKey)) state.claims.set(claimKey, value);
  }
}
