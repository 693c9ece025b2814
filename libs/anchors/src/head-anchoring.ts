import type { EventStore } from '@satupintu/event-store';
import type { AnchorLedger, Divergence } from './anchor-ledger';

export interface HeadAnchoringOptions {
  store: EventStore;
  ledger: AnchorLedger;
  /** How often new events are anchored, in one batch. Default 500 ms. */
  intervalMs?: number;
  /** Most events one transaction anchors. Default 1,000. */
  pageSize?: number;
  /** Told when an event does not continue its stream's anchored head, or the log ends before the checkpoint. */
  onWarning?: (message: string) => void;
  /** Told when a round fails (it is tried again at the next tick). */
  onError?: (error: unknown) => void;
}

function describe(divergence: Divergence): string {
  return (
    `${divergence.streamId}: the event at revision ${divergence.revision} (position ${divergence.position}) ` +
    `does not continue the anchored revision ${divergence.head.revision}; the anchor stays there`
  );
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Keeps the anchor ledger up with the event store: every `intervalMs` it reads the events after
 * its checkpoint page by page (yielding to the event loop between pages) and records each
 * stream's newest revision and hash. Off every command's path: an append never waits for it,
 * and a whole interval's events cost one read and one transaction per page. A crash loses
 * nothing: the checkpoint moves in the same transaction as the rows.
 */
export class HeadAnchoring {
  private readonly store: EventStore;
  private readonly ledger: AnchorLedger;
  private readonly intervalMs: number;
  private readonly pageSize: number;
  private readonly onWarning: (message: string) => void;
  private readonly onError: (error: unknown) => void;
  private timer: NodeJS.Timeout | undefined;
  private round: Promise<number> | undefined;
  private stopped = false;

  constructor(options: HeadAnchoringOptions) {
    this.store = options.store;
    this.ledger = options.ledger;
    this.intervalMs = options.intervalMs ?? 500;
    this.pageSize = options.pageSize ?? 1_000;
    this.onWarning = options.onWarning ?? ((message) => console.warn(`Anchors: ${message}`));
    this.onError = options.onError ?? ((error) => console.error('Anchoring failed; retrying', error));
  }

  /**
   * Checks that the log still holds the checkpoint's event, then anchors at every tick. A store
   * that cannot be read now is reported, not thrown: the ticks go on trying.
   */
  async start(): Promise<void> {
    await this.warnIfTheLogWasCut().catch((error: unknown) => this.onError(error));
    this.schedule();
  }

  /**
   * Anchors every event the store holds now; resolves with the ledger's checkpoint. Calls while a
   * round runs share it, then start another, so the answer covers what was appended before the call.
   */
  async catchUp(): Promise<number> {
    const running = this.round;
    if (running !== undefined) await running.catch(() => undefined);
    this.round ??= this.anchorAll().finally(() => (this.round = undefined));
    return this.round;
  }

  /** Stops the ticks after a last round, so everything appended before stop() is anchored. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    await this.catchUp().catch((error: unknown) => this.onError(error));
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.catchUp()
        .catch((error: unknown) => this.onError(error))
        .finally(() => this.schedule());
    }, this.intervalMs);
    this.timer.unref();
  }

  private async anchorAll(): Promise<number> {
    for (;;) {
      const after = this.ledger.checkpoint().position;
      const page = await this.store.readAll({ after, maxCount: this.pageSize });
      if (page.length === 0) return after;
      const outcome = this.ledger.record(page);
      for (const divergence of outcome.divergences) this.onWarning(describe(divergence));
      if (page.length < this.pageSize) return page[page.length - 1].position;
      await nextTurn();
    }
  }

  /** A log that no longer holds the event the ledger stopped at lost events from its end (the heads show which streams). */
  private async warnIfTheLogWasCut(): Promise<void> {
    const { position, eventId } = this.ledger.checkpoint();
    if (position === 0) return;
    const [event] = await this.store.readAll({ after: position - 1, maxCount: 1 });
    if (event?.position === position && event.id === eventId) return;
    this.onWarning(
      `the event store no longer holds the event at position ${position} where the ledger stopped: events were removed from the log's end, or this is another store`,
    );
  }
}
