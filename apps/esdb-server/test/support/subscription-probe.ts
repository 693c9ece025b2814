import type {
  AllStreamSubscription,
  Position,
  ResolvedEvent,
  StreamSubscription,
} from '@eventstore/db-client';

type AnySubscription = StreamSubscription | AllStreamSubscription;

/** What a subscription said: its events, with confirmation, caught-up and checkpoints in their place among them. */
export type Said =
  | { kind: 'event'; event: ResolvedEvent }
  | { kind: 'confirmation' }
  | { kind: 'caughtUp' }
  | { kind: 'checkpoint'; position: Position };

type Signal = Exclude<Said, { kind: 'event' }>;
type Marker = Signal & { afterEvents: number };

/**
 * Records a subscription's output. The client signals confirmation, caught-up and checkpoints
 * when it transforms the server's message, while events it has already transformed may still
 * wait in its readable buffer; so each signal is placed after the events received plus those
 * still buffered at that moment, which is where the server sent it.
 */
export class SubscriptionProbe {
  readonly events: ResolvedEvent[] = [];
  private readonly markers: Marker[] = [];
  private waiters: Array<() => void> = [];
  private failure: unknown;

  constructor(readonly subscription: AnySubscription) {
    subscription.on('confirmation', () => this.mark({ kind: 'confirmation' }));
    subscription.on('caughtUp', () => this.mark({ kind: 'caughtUp' }));
    subscription.on('data', (event: ResolvedEvent) => {
      this.events.push(event);
      this.wakeAll();
    });
    subscription.on('error', (error: unknown) => {
      this.failure = error;
      this.wakeAll();
    });
  }

  /** Pass to a filter's checkpointReached. */
  readonly checkpoint = (_subscription: unknown, position: Position): void =>
    this.mark({ kind: 'checkpoint', position });

  /** Everything said, in the order the server said it. */
  said(): Said[] {
    const timeline: Said[] = [];
    let markerIndex = 0;
    for (let count = 0; count <= this.events.length; count += 1) {
      while (markerIndex < this.markers.length && this.markers[markerIndex].afterEvents === count) {
        const { afterEvents: _, ...said } = this.markers[markerIndex];
        timeline.push(said);
        markerIndex += 1;
      }
      if (count < this.events.length) timeline.push({ kind: 'event', event: this.events[count] });
    }
    return timeline;
  }

  /** The timeline as short labels: event types, 'confirmation', 'caughtUp', 'checkpoint@<commit>'. */
  labels(): string[] {
    return this.said().map((each) => {
      if (each.kind === 'event') return each.event.event!.type;
      if (each.kind === 'checkpoint') return `checkpoint@${each.position.commit}`;
      return each.kind;
    });
  }

  get error(): unknown {
    return this.failure;
  }

  caughtUp(): boolean {
    return this.markers.some((marker) => marker.kind === 'caughtUp');
  }

  async waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (this.failure !== undefined) throw this.failure;
      const left = deadline - Date.now();
      if (left <= 0)
        throw new Error(`timed out waiting for ${what}; said so far: ${this.labels().join(', ')}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  waitForEvents(count: number, timeoutMs?: number): Promise<void> {
    return this.waitFor(() => this.events.length >= count, `${count} events`, timeoutMs);
  }

  waitForCaughtUp(timeoutMs?: number): Promise<void> {
    return this.waitFor(() => this.caughtUp(), 'caught-up', timeoutMs);
  }

  /** Resolves with the error the subscription ended with. */
  async failed(timeoutMs = 5000): Promise<unknown> {
    try {
      await this.waitFor(() => false, 'an error', timeoutMs);
    } catch (error) {
      if (error === this.failure) return error;
      throw error;
    }
    return undefined;
  }

  async stop(): Promise<void> {
    await this.subscription.unsubscribe();
  }

  private mark(signal: Signal): void {
    this.markers.push({
      ...signal,
      afterEvents: this.events.length + this.subscription.readableLength,
    });
    this.wakeAll();
  }

  private wakeAll(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}
