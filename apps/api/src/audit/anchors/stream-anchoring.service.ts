import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { AnchorLedger, ANCHORS_FILE } from '@satupintu/anchors';
import type { StreamAnchors } from '@satupintu/engine';
import type { EventStore } from '@satupintu/event-store';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG, EVENT_STORE } from '../../core/tokens';

const CATCH_UP_POLL_MS = 20;

/**
 * This node's anchor ledger (`anchors.sqlite` in its data folder, in both store modes): what the
 * audits compare each stream's end with. The projection thread anchors in the background (see
 * core/read-models-thread.ts), never on a command's path; this connection only reads the ledger.
 * A rebuild of the read models does not touch it.
 */
@Injectable()
export class StreamAnchoring implements OnApplicationShutdown {
  private readonly ledger: AnchorLedger;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {
    this.ledger = AnchorLedger.open(join(config.dataDir, ANCHORS_FILE));
  }

  /** What the ledger has seen of a stream, for the audit. */
  anchorsOf(streamId: string): StreamAnchors {
    return this.ledger.anchorsOf(streamId);
  }

  /**
   * Resolves with the ledger's checkpoint once it covers every event the store held at the call
   * (the thread anchors on its own; for tests and operators who cannot wait for the next round).
   */
  async catchUp(timeoutMs = 10_000): Promise<number> {
    const target = await this.headPosition();
    const started = Date.now();
    for (;;) {
      const { position } = this.ledger.checkpoint();
      if (position >= target) return position;
      if (Date.now() - started > timeoutMs)
        throw new Error(
          `The anchor ledger reached position ${position}, not ${target}, within ${timeoutMs} ms`,
        );
      await sleep(CATCH_UP_POLL_MS);
    }
  }

  onApplicationShutdown(): void {
    this.ledger.close();
  }

  /** The newest position the store holds, read on from where the ledger is. */
  private async headPosition(): Promise<number> {
    let head = this.ledger.checkpoint().position;
    for (;;) {
      const page = await this.store.readAll({ after: head, maxCount: 1_000 });
      if (page.length === 0) return head;
      head = page[page.length - 1].position;
    }
  }
}
