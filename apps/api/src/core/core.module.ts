import { join } from 'node:path';
import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { EventStore } from '@satupintu/event-store';
import { WorkflowEngine, WorkflowRegistry } from '@satupintu/engine';
import { ProjectionRunner } from '@satupintu/projections';
import { ptspWorkflows } from '@satupintu/ptsp';
import { accountsReadModels } from '@satupintu/read-models';
import type { AppConfig } from '../config/app-config';
import { DataLifecycle } from './data-lifecycle';
import { openEventStore } from './event-store-factory';
import { API_PROJECTIONS } from './read-model-projections';
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
          provide: ProjectionRunner,
          inject: [EVENT_STORE],
          useFactory: (store: EventStore) =>
            new ProjectionRunner({
              store,
              filename: join(config.dataDir, READ_MODELS_FILE),
              projections: API_PROJECTIONS,
            }),
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
          inject: [ProjectionRunner],
          useFactory:
            (runner: ProjectionRunner): ReadYourWrites =>
            (position) =>
              runner.waitFor(position, config.readYourWritesTimeoutMs),
        },
        {
          provide: ACCOUNTS_READ_MODELS,
          inject: [ProjectionRunner],
          useFactory: (runner: ProjectionRunner) => accountsReadModels(runner.db),
        },
        DataLifecycle,
      ],
      exports: [
        APP_CONFIG,
        EVENT_STORE,
        ProjectionRunner,
        WorkflowEngine,
        READ_YOUR_WRITES,
        ACCOUNTS_READ_MODELS,
      ],
    };
  }
}
