import type { JsonObject } from '@satupintu/event-store';

/**
 * What became of a message to an applicant is recorded as events, in a stream per message named
 * after the event that caused it: `notification-<eventId>`. The outbox worker appends with the
 * stream's expected revision, so two workers cannot both record a delivery, and a rebuild of the
 * read models never forgets which messages went out (and so never sends them again).
 */
export const NOTIFICATION_STREAM_PREFIX = 'notification-';
export const notificationStream = (sourceEventId: string): string =>
  `${NOTIFICATION_STREAM_PREFIX}${sourceEventId}`;

export const NotificationEventType = {
  Sent: 'NotificationSent',
  Failed: 'NotificationFailed',
} as const;

export interface NotificationSentData extends JsonObject {
  sourceEventId: string;
  caseId: string;
  /** Which attempt got through (1 for the first). */
  attempt: number;
  /** The gateway's id for the message, when it gives one. */
  gatewayMessageId: string | null;
}

export interface NotificationFailedData extends JsonObject {
  sourceEventId: string;
  caseId: string;
  attempt: number;
  error: string;
  /** When to try again; null when the worker gave up. */
  retryAt: string | null;
}
