import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import type { EventStore } from '@satupintu/event-store';
import { EsdbEventStore } from '@satupintu/event-store/esdb';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import type { AppConfig } from '../config/app-config';
import { EVENTS_FILE } from './events-file';

export { EVENTS_FILE };

/** The event store the configuration names: the SQLite file in the data folder, or an EventStoreDB cluster. */
export function openEventStore(config: Pick<AppConfig, 'dataDir' | 'store'>): EventStore {
  if (config.store.kind === 'sqlite')
    return new SqliteEventStore(join(config.dataDir, EVENTS_FILE));
  const logger = new Logger('EventStoreDB');
  return EsdbEventStore.connect(config.store.url, {
    onSubscriptionConnectionLost: (error) =>
      logger.warn(
        `Subscription lost the server, reconnecting: ${error instanceof Error ? error.message : String(error)}`,
      ),
  });
}
