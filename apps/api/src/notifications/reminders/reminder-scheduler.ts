import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { actorToJson, appendChained, SYSTEM_ACTOR } from '@satupintu/engine';
import { isWrongExpectedRevision, type EventStore } from '@satupintu/event-store';
import { ReadModelRunner } from '@satupintu/projections';
import {
  dueReminders,
  reminderStream,
  WAIT_REMINDER_SENT,
  type AccountsReadModels,
  type DueReminder,
  type WaitReminderData,
} from '@satupintu/read-models';
import type { Counter } from 'prom-client';
import type { AppConfig } from '../../config/app-config';
import {
  ACCOUNTS_READ_MODELS,
  APP_CONFIG,
  EVENT_STORE,
  READ_YOUR_WRITES,
  type ReadYourWrites,
} from '../../core/tokens';
import { ScheduledJob } from '../../follow-up/scheduled-job';
import { MetricsService } from '../../metrics/metrics.service';
import { ReminderRecipients } from './reminder-recipients';

const HOUR_MS = 60 * 60 * 1000;
const BATCH = 100;

/**
 * Reminds officials of files waiting on their initials or signature longer than the first
 * threshold, and tells their supervisor after the second. Each reminder is an event (so the
 * history shows it) and a notification to each recipient (GET /api/notifications).
 */
@Injectable()
export class ReminderScheduler extends ScheduledJob {
  private readonly recipients: ReminderRecipients;
  private readonly sent: Counter<'level'>;

  constructor(
    private readonly runner: ReadModelRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ACCOUNTS_READ_MODELS) accounts: AccountsReadModels,
    @Inject(READ_YOUR_WRITES) private readonly readYourWrites: ReadYourWrites,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    metrics: MetricsService,
  ) {
    super('Reminders', 'Reminding officials', config.followUp.reminders.intervalMs);
    this.recipients = new ReminderRecipients(accounts);
    this.sent = metrics.counter({
      name: 'satupintu_wait_reminders_total',
      help: 'Reminders of files waiting on an official, by who was told (official, supervisor)',
      labelNames: ['level'],
    });
  }

  /** Appends the reminders due now, batch by batch. */
  protected async run(): Promise<void> {
    const { officialAfterHours, supervisorAfterHours } = this.config.followUp.reminders;
    for (;;) {
      const now = this.config.clock();
      const due = dueReminders(
        this.runner.db,
        {
          officialCutoffMs: now.getTime() - officialAfterHours * HOUR_MS,
          supervisorCutoffMs: now.getTime() - supervisorAfterHours * HOUR_MS,
        },
        BATCH,
      );
      let last = 0;
      for (const reminder of due) last = Math.max(last, await this.remind(reminder, now));
      // The next query must see these reminders, or it would list the same waits again.
      if (last > 0) await this.readYourWrites(last);
      // A full batch may have more behind it, unless another process sent these (then it is catching up).
      if (due.length < BATCH || last === 0) return;
    }
  }

  /** Appends the reminder; the position it was stored at, or 0 when another process sent it first. */
  private async remind(reminder: DueReminder, now: Date): Promise<number> {
    const data: WaitReminderData = {
      caseId: reminder.caseId,
      waitRevision: reminder.waitRevision,
      level: reminder.level,
      post: reminder.post,
      waitingSince: new Date(reminder.sinceMs).toISOString(),
      agendaNumber: reminder.agendaNumber,
      serviceCode: reminder.serviceCode,
      state: reminder.state,
      recipients:
        reminder.level === 'official'
          ? this.recipients.officialsOf(reminder.post, now)
          : this.recipients.supervisorsOf(reminder.post),
    };
    try {
      const { position } = await appendChained(
        this.store,
        reminderStream(reminder.caseId, reminder.waitRevision),
        // The official's reminder opens the wait's stream; the supervisor's follows it.
        reminder.level === 'official' ? 'no_stream' : 0,
        [
          {
            id: randomUUID(),
            type: WAIT_REMINDER_SENT,
            data,
            metadata: {
              actor: actorToJson(SYSTEM_ACTOR),
              occurredAt: now.toISOString(),
              commandId: randomUUID(),
            },
          },
        ],
      );
      this.sent.inc({ level: reminder.level });
      return position;
    } catch (error) {
      if (isWrongExpectedRevision(error)) return 0;
      throw error;
    }
  }
}
