import { join } from 'node:path';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { EventStore } from '@satupintu/event-store';
import { WorkflowEngine, WorkflowRegistry } from '@satupintu/engine';
import { ProjectionThread, ReadModelRunner } from '@satupintu/projections';
import { ptspWorkflows } from '@satupintu/ptsp';
import { accountsReadModels, accountTablesChangedElsewhere } from '@satupintu/read-models';
import type { AppConfig } from '../config/app-config';
import { DataLifecycle } from './data-lifecycle';
import { openEventStore } from './event-store-factory';
import { API_PROJECTIONS } from './read-model-projections';
import type { ReadModelsThreadOptions } from './read-models-thread';
import {
  ACCOUNTS_READ_MODELS,
  APP_CONFIG,
  EVENT_STORE,
  READ_YOUR_WRITES,
  type ReadYourWrites,
} from './tokens';

export { EVENTS_FILE } from './event-store-factory';
export const READ_MODELS_FILE = 'read-models.sqlite';

/** The data layer every feature shares: the event store, the workflow engine and the read models. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        {
          provide: EVENT_STORE,
          useFactory: (): EventStore => openEventStore(config),
        },
        {
          // The read models are kept on a thread of their own: the event loop that answers
          // requests only queries them (see ProjectionThread).
          provide: ReadModelRunner,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore): ReadModelRunner => {
            const thread: ProjectionThread = new ProjectionThread({
              store,
              filename: join(config.dataDir, READ_MODELS_FILE),
              projections: API_PROJECTIONS,
              setup: {
                module: require.resolve('./read-models-thread'),
                export: 'openReadModelsThread',
                options: {
                  dataDir: config.dataDir,
                  store: config.store,
                } satisfies ReadModelsThreadOptions,
              },
              onApplied: (_checkpoint, touched) =>
                accountTablesChangedElsewhere(thread.db, touched),
            });
            return thread;
          },
        },
        {
          provide: WorkflowEngine,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore) =>
            new WorkflowEngine({
              store,
              registry: new WorkflowRegistry(ptspWorkflows),
              clock: config.clock,
            }),
        },
        {
          provide: READ_YOUR_WRITES,
          inject: [ReadModelRunner],
          useFactory:
            (runner: ReadModelRunner): ReadYourWrites =>
            (position) =>
              runner.waitFor(position, config.readYourWritesTimeoutMs),
        },
        {
          provide: ACCOUNTS_READ_MODELS,
          inject: [ReadModelRunner],
          useFactory: (runner: ReadModelRunner) => accountsReadModels(runner.db),
        },
        DataLifecycle,
      ],
      exports: [
        APP_CONFIG,
        EVENT_STORE,
        ReadModelRunner,
        WorkflowEngine,
        READ_YOUR_WRITES,
        ACCOUNTS_READ_MODELS,
      ],
    };
  }
}
