import type { Provider } from '@nestjs/common';
import type { EventStore } from '@satupintu/event-store';
import { ReadModelRunner } from '@satupintu/projections';
import { CatalogueReadModel, type CatalogueContext } from '@satupintu/read-models';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, EVENT_STORE, READ_YOUR_WRITES, type ReadYourWrites } from '../core/tokens';

/** The CatalogueContext of publishing: the admin append path with the API's clock. */
export const CATALOGUE_CONTEXT = Symbol('CatalogueContext');

export const catalogueProviders: Provider[] = [
  {
    // One instance: it keeps each published version parsed once.
    provide: CatalogueReadModel,
    inject: [ReadModelRunner],
    useFactory: (runner: ReadModelRunner) => new CatalogueReadModel(runner.db),
  },
  {
    provide: CATALOGUE_CONTEXT,
    inject: [EVENT_STORE, CatalogueReadModel, READ_YOUR_WRITES, APP_CONFIG],
    useFactory: (
      store: EventStore,
      catalogue: CatalogueReadModel,
      waitFor: ReadYourWrites,
      config: AppConfig,
    ): CatalogueContext => ({ store, catalogue, waitFor, clock: config.clock }),
  },
];
