import { join } from 'node:path';
import type { ProjectionThreadSetup } from '@satupintu/projections';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import type { AppConfig } from '../config/app-config';
import { EVENTS_FILE } from './events-file';
import { API_PROJECTIONS } from './read-model-projections';

/** What the projection thread needs of the configuration: plain data, it is copied to the thread. */
export type ReadModelsThreadOptions = Pick<AppConfig, 'dataDir' | 'store'>;

/**
 * Loaded inside the API's projection thread (see ProjectionThread): a store connection of the
 * thread's own, to the same embedded file or EventStoreDB cluster, and the API's projections.
 * The EventStoreDB client (and NestJS's logger it reports through) is loaded only when configured:
 * a thread on the embedded store starts without them.
 */
export async function openReadModelsThread(
  options: ReadModelsThreadOptions,
): Promise<ProjectionThreadSetup> {
  if (options.store.kind === 'sqlite')
    return {
      store: new SqliteEventStore(join(options.dataDir, EVENTS_FILE)),
      projections: API_PROJECTIONS,
    };
  const { openEventStore } = await import('./event-store-factory');
  return { store: openEventStore(options), projections: API_PROJECTIONS };
}
