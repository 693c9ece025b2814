import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import type { AllSubscription, EventStore } from '@satupintu/event-store';
import { ReadModelRunner } from '@satupintu/projections';
import { CASE_KINDS } from '@satupintu/read-models';
import { EVENT_STORE } from '../core/tokens';
import { caseChangeOf, type CaseChange } from './case-change';

export interface CaseChangeListener {
  change(change: CaseChange): void;
  /** The hub is closing (the app stops): end the stream. */
  end(): void;
}

/** How long a change waits for the read models before it is sent anyway. */
const READ_MODEL_WAIT_MS = 5_000;

/**
 * One subscription to the store's case events for the whole process, fanned out to every live
 * connection. A change is sent once the read models show it, so a client that refetches on it
 * sees it; changes made by other processes on the same data arrive too. The subscription
 * starts with the first listener and ends when the app stops.
 */
@Injectable()
export class CaseChangeHub implements OnModuleDestroy {
  private readonly logger = new Logger('Events');
  private readonly listeners = new Set<CaseChangeListener>();
  private subscription: AllSubscription | undefined;
  private pumping: Promise<void> | undefined;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly runner: ReadModelRunner,
  ) {}

  /** Listeners now connected. */
  get size(): number {
    return this.listeners.size;
  }

  subscribe(listener: CaseChangeListener): () => void {
    this.listeners.add(listener);
    this.start();
    return () => this.listeners.delete(listener);
  }

  async onModuleDestroy(): Promise<void> {
    for (const listener of [...this.listeners]) listener.end();
    this.listeners.clear();
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
    await this.pumping;
  }

  private start(): void {
    if (this.subscription !== undefined) return;
    const subscription = this.store.subscribeToAll({
      after: 'end',
      streamPrefixes: CASE_KINDS.map((kind) => `${kind}-`),
    });
    this.subscription = subscription;
    this.pumping = this.pump(subscription).catch((error: unknown) => {
      this.logger.error(`Live updates stopped: ${String(error)}`);
      if (this.subscription === subscription) this.subscription = undefined;
    });
  }

  private async pump(subscription: AllSubscription): Promise<void> {
    for await (const event of subscription) {
      // Sent even if the read models are slow: a late refetch beats a lost update.
      await this.runner.waitFor(event.position, READ_MODEL_WAIT_MS).catch(() => undefined);
      const change = caseChangeOf(event);
      for (const listener of this.listeners) listener.change(change);
    }
  }
}
