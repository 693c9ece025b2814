import { ApiProperty } from '@nestjs/swagger';
import type { OutboxMessage } from '@satupintu/read-models';
import { maskedPhone } from './sms/sms-gateway';

/** A message to the applicant, shown in the case's history on the step that caused it. */
export class CaseNotificationDto {
  @ApiProperty({ enum: ['sms'] }) channel!: 'sms';
  @ApiProperty({ enum: ['returned', 'ready', 'expired'] }) kind!: string;
  @ApiProperty({ example: '+6281*****7890', description: "The applicant's phone, masked" })
  to!: string;
  @ApiProperty({ description: 'The message as sent, in Indonesian' }) text!: string;
  @ApiProperty({
    enum: ['pending', 'sent', 'failed'],
    description: 'pending: not yet sent, or to be tried again',
  })
  status!: string;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) sentAt!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'When it is tried (again)',
  })
  nextAttemptAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last attempt failed' })
  lastError!: string | null;
}

function present(message: OutboxMessage): CaseNotificationDto {
  return {
    channel: 'sms',
    kind: message.kind,
    to: maskedPhone(message.phone),
    text: message.text,
    status: message.status,
    attempts: message.attempts,
    sentAt: message.sentAt,
    nextAttemptAt:
      message.status === 'pending' && message.nextAttemptMs !== null
        ? new Date(message.nextAttemptMs).toISOString()
        : null,
    lastError: message.lastError,
  };
}

/** Puts each message on the history entry of the event that caused it (by its revision). */
export function withNotifications<T extends { revision: number }>(
  entries: T[],
  messages: readonly OutboxMessage[],
): Array<T & { notifications?: CaseNotificationDto[] }> {
  return entries.map((entry) => {
    const own = messages.filter((message) => message.caseRevision === entry.revision);
    return own.length === 0 ? entry : { ...entry, notifications: own.map(present) };
  });
}
