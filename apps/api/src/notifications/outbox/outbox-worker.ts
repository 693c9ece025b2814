import { randomUUID } from 'node:crypto';
import type { Counter } from 'prom-client';
import { Inject, Injectable } from '@nestjs/common';
import { actorToJson, appendChained, SYSTEM_ACTOR } from '@satupintu/engine';
import { isWrongExpectedRevision, type EventStore, type JsonObject } from '@satupintu/event-store';
import { ReadModelRunner } from '@satupintu/projections';
import {
  messagesDue,
  NotificationEventType,
  notificationStream,
  type NotificationFailedData,
  type NotificationSentData,
  type OutboxMessage,
} from '@satupintu/read-models';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG, EVENT_STORE, READ_YOUR_WRITES, type ReadYourWrites } from '../../core/tokens';
import { ScheduledJob } from '../../follow-up/scheduled-job';
import { MetricsService } from '../../metrics/metrics.service';
import { SMS_GATEWAY } from '../sms/sms-gateway.provider';
import { SmsDeliveryError, type SmsGateway } from '../sms/sms-gateway';

/** Messages handled per run; the next run takes the rest. */
const BATCH = 50;
const MINUTE_MS = 60_000;

/**
 * Sends the applicants' messages from the outbox (a read model written with the events that cause
 * them) through the SMS gateway, and records each outcome as an event on the message's own stream.
 * At least once: a worker that dies after the gateway took a message and before the outcome was
 * recorded sends it again on restart. Never twice: the message's key is the id of its event, and
 * the gateway delivers one message per key; the outcome is appended with the stream's expected
 * revision, so two workers never both record one.
 */
@Injectable()
export class OutboxWorker extends ScheduledJob {
  private readonly outcomes: Counter<'outcome'>;

  constructor(
    private readonly runner: ReadModelRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SMS_GATEWAY) private readonly gateway: SmsGateway,
    @Inject(READ_YOUR_WRITES) private readonly readYourWrites: ReadYourWrites,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    metrics: MetricsService,
  ) {
    super('Outbox', 'Sending SMS', config.followUp.sms.intervalMs);
    this.outcomes = metrics.counter({
      name: 'satupintu_sms_messages_total',
      help: 'Messages to applicants by outcome (sent, retry, failed)',
      labelNames: ['outcome'],
    });
  }

  /** Sends what is due now, batch by batch. */
  protected async run(): Promise<void> {
    for (;;) {
      const due = messagesDue(this.runner.db, this.config.clock().getTime(), BATCH);
      let recorded = 0;
      for (const message of due) if (await this.deliver(message)) recorded += 1;
      // A full batch may have more behind it, unless another worker recorded these (then it is catching up).
      if (due.length < BATCH || recorded === 0) return;
    }
  }

  /** Sends one message and records the outcome; false when another worker recorded one first. */
  private async deliver(message: OutboxMessage): Promise<boolean> {
    const attempt = message.attempts + 1;
    let outcome: { type: string; data: NotificationSentData | NotificationFailedData };
    try {
      const receipt = await this.gateway.send({
        idempotencyKey: message.eventId,
        to: message.phone,
        text: message.text,
      });
      outcome = {
        type: NotificationEventType.Sent,
        data: {
          sourceEventId: message.eventId,
          caseId: message.caseId,
          attempt,
          gatewayMessageId: receipt.gatewayMessageId,
        },
      };
    } catch (error) {
      const permanent = error instanceof SmsDeliveryError && error.permanent;
      const giveUp = permanent || attempt >= this.config.followUp.sms.maxAttempts;
      const retryAt = giveUp
        ? null
        : new Date(this.config.clock().getTime() + retryDelayMs(attempt)).toISOString();
      outcome = {
        type: NotificationEventType.Failed,
        data: {
          sourceEventId: message.eventId,
          caseId: message.caseId,
          attempt,
          error: String((error as Error).message ?? error),
          retryAt,
        },
      };
    }
    return this.record(message, outcome);
  }

  private async record(
    message: OutboxMessage,
    outcome: { type: string; data: JsonObject },
  ): Promise<boolean> {
    try {
      const { position } = await appendChained(
        this.store,
        notificationStream(message.eventId),
        message.deliveryRevision < 0 ? 'no_stream' : message.deliveryRevision,
        [
          {
            id: randomUUID(),
            type: outcome.type,
            data: outcome.data,
            metadata: {
              actor: actorToJson(SYSTEM_ACTOR),
              occurredAt: this.config.clock().toISOString(),
              commandId: randomUUID(),
            },
          },
        ],
      );
      this.outcomes.inc({
        outcome:
          outcome.type === NotificationEventType.Sent
            ? 'sent'
            : outcome.data.retryAt === null
              ? 'failed'
              : 'retry',
      });
      // The next run must see this outcome, or it would take the message for one still due.
      await this.readYourWrites(position);
      return true;
    } catch (error) {
      // Another worker recorded an outcome first; the gateway's key kept the message single.
      if (!isWrongExpectedRevision(error)) throw error;
      return false;
    }
  }
}

/** After a failed attempt the worker waits 1, 2, 4 … minutes, at most an hour. */
export function retryDelayMs(attempt: number): number {
  return Math.min(60 * MINUTE_MS, MINUTE_MS * 2 ** (attempt - 1));
}
