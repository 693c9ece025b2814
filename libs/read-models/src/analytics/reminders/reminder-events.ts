import type { JsonObject } from '@satupintu/event-store';

/**
 * Reminders to officials are events too, so auditors see who was reminded of what and when. Each
 * wait (a file reaching an official's desk) has a stream of its own, `reminder-<caseId>-<rev>`
 * (rev: the case revision that started the wait): the official's reminder is its first event, the
 * supervisor's its second, so appending with the expected revision sends each at most once, even
 * from two processes at the same time.
 */
export const REMINDER_STREAM_PREFIX = 'reminder-';
export const reminderStream = (caseId: string, waitRevision: number): string =>
  `${REMINDER_STREAM_PREFIX}${caseId}-${waitRevision}`;

export const WAIT_REMINDER_SENT = 'WaitReminderSent';

/** 1: the official is reminded; 2: their supervisor is told. */
export const REMINDER_LEVELS = { official: 1, supervisor: 2 } as const;
export type ReminderLevel = keyof typeof REMINDER_LEVELS;

export interface ReminderRecipient extends JsonObject {
  userId: string;
  name: string;
}

export interface WaitReminderData extends JsonObject {
  caseId: string;
  waitRevision: number;
  level: ReminderLevel;
  /** The post the file waits on, e.g. "Kasubbid Kepangkatan". */
  post: string;
  waitingSince: string;
  agendaNumber: string | null;
  serviceCode: string;
  state: string;
  /** Who is told: the official (or their acting deputy), or the supervisor. */
  recipients: ReminderRecipient[];
}
