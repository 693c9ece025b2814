import { performance } from 'node:perf_hooks';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Actor, ChainedRevision } from '@satupintu/engine';
import {
  WrongExpectedRevisionError,
  type EventStore,
  type JsonObject,
} from '@satupintu/event-store';
import { ReadModelRunner } from '@satupintu/projections';
import { appendAdminEvents, type AdminAppendContext } from '@satupintu/read-models';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, EVENT_STORE, READ_YOUR_WRITES, type ReadYourWrites } from '../core/tokens';
import { ApiException } from '../errors/api-error';
import { say } from '../i18n/message';
import { READ_MODELS_MAINTENANCE_STREAM, ReadModelsEventType } from './rebuild-events';
import type { RebuildResultDto, RebuildRunningDto } from './rebuild.dto';

/** Another API node may record its own rebuild at the same moment: the chain is re-read and the append tried again. */
const APPEND_ATTEMPTS = 5;

/**
 * Drops this node's read models and replays every event (ReadModelRunner.rebuild), recording
 * who did it before and after. One rebuild at a time: a second request while one runs is
 * refused with 409 rather than joined, so that every rebuild in the log has exactly one admin
 * who asked for it, and nobody is told "done" for a rebuild that began before their request.
 */
@Injectable()
export class ReadModelsRebuildService {
  private readonly logger = new Logger('ReadModels');
  private running: RebuildRunningDto | undefined;
  private readonly context: AdminAppendContext;

  constructor(
    private readonly runner: ReadModelRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_YOUR_WRITES) waitFor: ReadYourWrites,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.context = { store, waitFor, clock: config.clock };
  }

  /** Resolves once the read models are rebuilt and include the rebuild's own record. */
  async rebuild(actor: Actor): Promise<RebuildResultDto> {
    if (this.running !== undefined) {
      throw new ApiException(
        409,
        say('readModels.rebuildRunning', { since: this.running.startedAt }),
        { ...this.running },
      );
    }
    const started = this.config.clock();
    const startedAt = started.toISOString();
    this.running = { startedAt, startedBy: actor.name ?? actor.id };
    try {
      await this.record(actor, ReadModelsEventType.RebuildStarted, {}, started);
      this.logger.log(`Rebuilding the read models (asked by ${actor.name ?? actor.id})`);
      const began = performance.now();
      try {
        await this.runner.rebuild();
      } catch (error) {
        const reason = (error as Error).message ?? String(error);
        // The answer names the rebuild's failure, even when recording it fails too.
        await this.record(actor, ReadModelsEventType.RebuildFailed, { reason }).catch(
          (recording: unknown) =>
            this.logger.error(`Could not record the failed rebuild (${reason})`, recording),
        );
        throw error;
      }
      const tookMs = Math.round(performance.now() - began);
      await this.record(actor, ReadModelsEventType.Rebuilt, {
        checkpoint: this.runner.checkpoint(),
        tookMs,
      });
      this.logger.log(`Read models rebuilt in ${tookMs} ms`);
      return { checkpoint: this.runner.checkpoint(), tookMs, startedAt };
    } finally {
      this.running = undefined;
    }
  }

  /** Appends to the maintenance stream's hash chain, then waits until the read models include it. */
  private async record(actor: Actor, type: string, data: JsonObject, at?: Date): Promise<void> {
    const context = at === undefined ? this.context : { ...this.context, clock: () => at };
    for (let attempt = 1; ; attempt++) {
      try {
        await appendAdminEvents(
          context,
          actor,
          READ_MODELS_MAINTENANCE_STREAM,
          await this.lastRevision(),
          [{ type, data }],
        );
        return;
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError) || attempt >= APPEND_ATTEMPTS)
          throw error;
      }
    }
  }

  private async lastRevision(): Promise<ChainedRevision> {
    const [last] = await this.store.readStream(READ_MODELS_MAINTENANCE_STREAM, {
      direction: 'backwards',
      maxCount: 1,
    });
    return last?.revision ?? 'no_stream';
  }
}
