export { analyticsProjection } from './projection/analytics-projection';
export { remindersProjection } from './reminders/reminders-projection';
export {
  REMINDER_STREAM_PREFIX,
  REMINDER_LEVELS,
  WAIT_REMINDER_SENT,
  reminderStream,
  type ReminderLevel,
  type ReminderRecipient,
  type WaitReminderData,
} from './reminders/reminder-events';
export {
  dueReminders,
  notificationsFor,
  type DueReminder,
  type StaffNotification,
} from './reminders/reminder-queries';
export { type Period, periodDays } from './queries/period';
export { type FlowFilter, type FlowDimension } from './queries/flow-filter';
export {
  timeInState,
  EXACT_STAYS_LIMIT,
  type TimeInState,
  type TimeInStateQuery,
  type TimeInStateRow,
} from './queries/time-in-state';
export { waitsPerPost, type PostWaits, type WaitingFile } from './queries/waits';
export {
  slaPerService,
  slaList,
  dueSoonUntil,
  DUE_SOON_WORKING_DAYS,
  type ServiceSla,
  type SlaFile,
  type SlaList,
  type SlaListQuery,
} from './queries/sla-overview';
export { throughput, type Throughput, type FlowCounts } from './queries/throughput';
export { returnedSince, type ReturnedFile } from './queries/expirable';
export { type DurationStats } from './stats/quantiles';
export { RELATIVE_PRECISION, BUCKETS_PER_DOUBLING } from './stats/duration-buckets';
export { witaDayOf, dateOfDay, dayOfDate } from './time/wita-days';
