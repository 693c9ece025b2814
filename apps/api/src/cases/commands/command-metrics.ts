import { HttpException, Injectable } from '@nestjs/common';
import type { Counter, Histogram } from 'prom-client';
import {
  ActorNotAuthorizedError,
  CommandNotAllowedError,
  CommandRejectedError,
  ConcurrencyConflictError,
  InstanceNotFoundError,
} from '@satupintu/engine';
import { MetricsService } from '../../metrics/metrics.service';

/** How a command ended, as the metrics label it. */
export type CommandOutcome =
  | 'accepted'
  | 'duplicate'
  | 'invalid'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'not_allowed'
  | 'rejected'
  | 'error';

const BY_STATUS: Partial<Record<number, CommandOutcome>> = {
  400: 'invalid',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  422: 'not_allowed',
};

export function outcomeOf(error: unknown): CommandOutcome {
  if (error instanceof ActorNotAuthorizedError) return 'forbidden';
  if (error instanceof InstanceNotFoundError) return 'not_found';
  if (error instanceof ConcurrencyConflictError) return 'conflict';
  if (error instanceof CommandNotAllowedError) return 'not_allowed';
  if (error instanceof CommandRejectedError) return 'rejected';
  if (error instanceof HttpException) return BY_STATUS[error.getStatus()] ?? 'error';
  return 'error';
}

/** Commands by type and outcome, and how long each took from request to read-your-writes. */
@Injectable()
export class CommandMetrics {
  private readonly total: Counter<'type' | 'outcome'>;
  private readonly duration: Histogram<'type' | 'outcome'>;

  constructor(metrics: MetricsService) {
    this.total = metrics.counter({
      name: 'satupintu_commands_total',
      help: 'Case commands handled, by type and outcome',
      labelNames: ['type', 'outcome'],
    });
    this.duration = metrics.histogram({
      name: 'satupintu_command_duration_seconds',
      help: 'Time to handle a case command until the read models show it, by type and outcome',
      labelNames: ['type', 'outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    });
  }

  /** Runs a command and records it; `duplicate` tells an idempotent replay from a new event. */
  async measure<T extends { duplicate: boolean }>(type: string, run: () => Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    let outcome: CommandOutcome = 'error';
    try {
      const result = await run();
      outcome = result.duplicate ? 'duplicate' : 'accepted';
      return result;
    } catch (error) {
      outcome = outcomeOf(error);
      throw error;
    } finally {
      const labels = { type, outcome };
      this.total.inc(labels);
      this.duration.observe(labels, Number(process.hrtime.bigint() - started) / 1e9);
    }
  }
}
