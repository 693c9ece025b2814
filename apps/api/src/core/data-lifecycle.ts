import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { EventStore } from '@satupintu/event-store';
import { ReadModelRunner } from '@satupintu/projections';
import { EVENT_STORE } from './tokens';

/**
 * Brings the read models up to date before the app takes requests (onModuleInit runs before any
 * module's bootstrap, e.g. the demo accounts), and closes the files on shutdown.
 */
@Injectable()
export class DataLifecycle implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Data');

  constructor(
    private readonly runner: ReadModelRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async onModuleInit(): Promise<void> {
    const started = Date.now();
    await this.runner.start();
    this.logger.log(
      `Read models at position ${this.runner.checkpoint()} (caught up in ${Date.now() - started} ms)`,
    );
  }

  async onApplicationShutdown(): Promise<void> {
    await this.runner.close();
    await this.store.close();
  }
}
