import { join } from 'node:path';
import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import { AnchorLedger, ANCHORS_FILE, HeadAnchoring } from '@satupintu/anchors';
import type { StreamAnchors } from '@satupintu/engine';
import type { EventStore } from '@satupintu/event-store';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG, EVENT_STORE } from '../../core/tokens';

/**
 * This node's anchor ledger (`anchors.sqlite` in its data folder, in both store modes): what the
 * audits compare each stream's end with. It anchors in the background, every half second, never
 * on a command's path; a rebuild of the read models does not touch it.
 */
@Injectable()
export class StreamAnchoring implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Anchors');
  private readonly ledger: AnchorLedger;
  private readonly anchoring: HeadAnchoring;

  constructor(@Inject(APP_CONFIG) config: AppConfig, @Inject(EVENT_STORE) store: EventStore) {
    this.ledger = AnchorLedger.open(join(config.dataDir, ANCHORS_FILE));
    this.anchoring = new HeadAnchoring({
      store,
      ledger: this.ledger,
      onWarning: (message) => this.logger.warn(message),
      onError: (error) =>
        this.logger.error(`Anchoring failed, retrying: ${error instanceof Error ? error.message : String(error)}`),
    });
  }

  async onModuleInit(): Promise<void> {
    await this.anchoring.start();
  }

  /** What the ledger has seen of a stream, for the audit. */
  anchorsOf(streamId: string): StreamAnchors {
    return this.ledger.anchorsOf(streamId);
  }

  /** Anchors everything the store holds now (the ticks do this on their own; for tests and operators who cannot wait). */
  catchUp(): Promise<number> {
    return this.anchoring.catchUp();
  }

  /** Before the store closes: a last round, so what this node appended is anchored. */
  async beforeApplicationShutdown(): Promise<void> {
    await this.anchoring.stop();
    this.ledger.close();
  }
}
