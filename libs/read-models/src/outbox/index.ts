export { outboxProjection } from './outbox-projection';
export {
  NOTIFICATION_STREAM_PREFIX,
  NotificationEventType,
  notificationStream,
  type NotificationSentData,
  type NotificationFailedData,
} from './delivery-events';
export {
  messagesDue,
  messagesOfCase,
  messageOf,
  type OutboxMessage,
  type DeliveryStatus,
} from './outbox-queries';
export { type ApplicantMessageKind, indonesianDateTime } from './applicant-messages';
