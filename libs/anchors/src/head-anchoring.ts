import type { EventStore, RecordedEvent } from '@satupintu/event-store';
import type { AnchorLedger, Divergence } from './anchor-ledger';

export interface HeadAnchoringOptions {
  store: EventStore;
  ledger: AnchorLedger;
  /** How often new events are anchored, in one batch. Default 500 ms. */
  intervalMs?: number;
  /**
   * Most events one transaction anchors (and one read asks for). Default 1,000. Smaller pages
   * hold the thread for less time per transaction; a stream whose events fall in two pages of a
   * round gets two rows.
   */
  pageSize?: number;
  /**
   * Most events offered (see offer()) kept until the next round. Past it they are dropped and the
   * round reads the store instead. Default 100,000.
   */
  maxOffered?: number;
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

/** Events handed over in log order, with the position they follow: a run without gaps. */
interface OfferedRun {
  after: number;
  events: RecordedEvent[];
}

const lastPosition = (run: OfferedRun) => run.events.at(-1)?.position ?? run.after;

/**
 * Keeps the anchor ledger up with the event store: every `intervalMs` it records each stream's
 * newest revision and hash for the events after its checkpoint, page by page (one transaction
 * per page, yielding to the event loop between pages). Off every command's path: an append never
 * waits for it. A crash loses nothing: the checkpoint moves in the same transaction as the rows.
 * The events come from the store, read after the checkpoint, or from whoever already read them
 * (offer(): the projection runner on the same thread), which spares reading them twice.
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
  private readonly maxOffered: number;
  private offered: OfferedRun | undefined;

  constructor(options: HeadAnchoringOptions) {
    this.store = options.store;
    this.ledger = options.ledger;
    this.intervalMs = options.intervalMs ?? 500;
    this.pageSize = options.pageSize ?? 1_000;
    this.maxOffered = options.maxOffered ?? 100_000;
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

  /**
   * Events read from this store elsewhere, in log order: every event after position `after` up to
   * the last one given, none left out. They are anchored at the next round without reading them
   * again, if they reach back to the ledger's checkpoint; events the ledger has passed are
   * ignored, and a run that leaves a gap before it replaces what was offered (the round then
   * reads the store up to the newest event, offered ones included).
   */
  offer(after: number, events: readonly RecordedEvent[]): void {
    if (events.length === 0) return;
    let run = this.offered;
    if (run === undefined || after > lastPosition(run)) {
      run = { after, events: [...events] };
    } else {
      const end = lastPosition(run);
      for (const event of events) if (event.position > end) run.events.push(event);
    }
    // Nobody anchoring them (the ledger failing): the round reads the store when it can.
    this.offered = run.events.length > this.maxOffered ? undefined : run;
  }

  private async anchorAll(): Promise<number> {
    // What was offered, if it reaches back to the checkpoint; then whatever the store holds after
    // it (events not offered yet, or all of them after a gap), so a round covers every event
    // appended before it began.
    const offered = this.takeOffered();
    if (offered !== undefined && offered.after <= this.ledger.checkpoint().position)
      await this.anchorOffered(offered.events);
    for (;;) {
      const after = this.ledger.checkpoint().position;
      const page = await this.store.readAll({ after, maxCount: this.pageSize });
      if (page.length === 0) return after;
      this.record(page);
      if (page.length < this.pageSize) return page[page.length - 1].position;
      await nextTurn();
    }
  }

  /** What was offered since the last round; the next offer continues after it. */
  private takeOffered(): OfferedRun | undefined {
    const run = this.offered;
    if (run === undefined || run.events.length === 0) return undefined;
    this.offered = { after: lastPosition(run), events: [] };
    return run;
  }

  private async anchorOffered(events: RecordedEvent[]): Promise<void> {
    const anchored = this.ledger.checkpoint().position;
    const fresh = events.filter((event) => event.position > anchored);
    for (let start = 0; start < fresh.length; start += this.pageSize) {
      this.record(fresh.slice(start, start + this.pageSize));
      await nextTurn();
    }
  }

  private record(events: readonly RecordedEvent[]): void {
    const outcome = this.ledger.record(events);
    for (const divergence of outcome.divergences) this.onWarning(describe(divergence));
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
