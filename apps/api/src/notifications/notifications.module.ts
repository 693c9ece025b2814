import { Module } from '@nestjs/common';
import { OutboxWorker } from './outbox/outbox-worker';
import { ReminderScheduler } from './reminders/reminder-scheduler';
import { smsGatewayProvider } from './sms/sms-gateway.provider';
import { StaffNotificationsController } from './staff-notifications.controller';

/** Applicants' SMS through the outbox, officials' reminders, and staff members' notifications. */
@Module({
  controllers: [StaffNotificationsController],
  providers: [smsGatewayProvider, OutboxWorker, ReminderScheduler],
  exports: [OutboxWorker, ReminderScheduler],
})
export class NotificationsModule {}
