import type { ProjectionThreadSetup } from '@satupintu/projections';
import type { AppConfig } from '../config/app-config';
import { openEventStore } from './event-store-factory';
import { API_PROJECTIONS } from './read-model-projections';

/** What the projection thread needs of the configuration: plain data, it is copied to the thread. */
export type ReadModelsThreadOptions = Pick<AppConfig, 'dataDir' | 'store'>;

/**
 * Loaded inside the API's projection thread (see ProjectionThread): a store connection of the
 * thread's own, to the same embedded file or EventStoreDB cluster, and the API's projections.
 */
export function openReadModelsThread(options: ReadModelsThreadOptions): ProjectionThreadSetup {
  return { store: openEventStore(options), projections: API_PROJECTIONS };
}
