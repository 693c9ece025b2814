import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import {
  CommandNotAllowedError,
  CommandRejectedError,
  ConcurrencyConflictError,
  SYSTEM_ACTOR,
  WorkflowEngine,
} from '@satupintu/engine';
import { ReadModelRunner } from '@satupintu/projections';
import { berkas, DAY_MS } from '@satupintu/ptsp';
import { returnedSince } from '@satupintu/read-models';
import type { Counter } from 'prom-client';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, READ_YOUR_WRITES, type ReadYourWrites } from '../core/tokens';
import { ScheduledJob } from '../follow-up/scheduled-job';
import { MetricsService } from '../metrics/metrics.service';

const BATCH = 200;

/**
 * Closes returned files the applicant did not complete within 30 calendar days: a scheduled check
 * sends the workflow's `expire` command as the engine's system actor, so the closing is an event
 * like any other, decided by the machine (its guard checks the 30 days against the engine's clock).
 */
@Injectable()
export class ExpiryCheck extends ScheduledJob {
  private readonly expired: Counter;

  constructor(
    private readonly runner: ReadModelRunner,
    private readonly engine: WorkflowEngine,
    @Inject(READ_YOUR_WRITES) private readonly readYourWrites: ReadYourWrites,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    metrics: MetricsService,
  ) {
    super('Expiry', 'Closing expired files', config.followUp.expiryIntervalMs);
    this.expired = metrics.counter({
      name: 'satupintu_files_expired_total',
      help: 'Returned files closed as expired by the scheduled check',
    });
  }

  /** Closes the files whose return period ran out, batch by batch. */
  protected async run(): Promise<void> {
    for (;;) {
      const cutoff = this.config.clock().getTime() - berkas.RETURN_PERIOD_DAYS * DAY_MS;
      const files = returnedSince(this.runner.db, cutoff, BATCH);
      let last = 0;
      for (const file of files) last = Math.max(last, await this.expire(file.caseId));
      if (last > 0) await this.readYourWrites(last);
      if (files.length < BATCH || last === 0) return;
    }
  }

  /** The position of the FileExpired event, or 0 when the file moved on meanwhile (resubmitted, withdrawn). */
  private async expire(caseId: string): Promise<number> {
    try {
      const result = await this.engine.handle(
        caseId,
        { id: randomUUID(), type: 'expire' },
        SYSTEM_ACTOR,
      );
      this.expired.inc();
      this.logger.log(`${caseId} closed as expired`);
      return result.position;
    } catch (error) {
      if (
        error instanceof CommandNotAllowedError ||
        error instanceof CommandRejectedError ||
        error instanceof ConcurrencyConflictError
      ) {
        return 0;
      }
      throw error;
    }
  }
}
