/** One text message to an applicant's phone. */
export interface SmsMessage {
  /**
   * The id of the event the message is about. A gateway that honours it delivers one message per
   * key however often it is sent: the outbox sends at least once, the key makes it never twice.
   */
  idempotencyKey: string;
  /** International form, +628… */
  to: string;
  text: string;
}

export interface SmsReceipt {
  /** The gateway's id for the message, when it gives one. */
  gatewayMessageId: string | null;
}

/** Where messages go: the port the outbox worker sends through (see the adapters beside it). */
export interface SmsGateway {
  send(message: SmsMessage): Promise<SmsReceipt>;
}

/** The gateway did not take the message; `permanent` when trying again cannot help (e.g. a refused number). */
export class SmsDeliveryError extends Error {
  override readonly name = 'SmsDeliveryError';
  constructor(
    message: string,
    readonly permanent: boolean,
  ) {
    super(message);
  }
}

/** +6281234567890 → +62812****7890: enough to tell numbers apart in a log, not to call one. */
export function maskedPhone(phone: string): string {
  return phone.length <= 8
    ? '****'
    : `${phone.slice(0, 5)}${'*'.repeat(phone.length - 9)}${phone.slice(-4)}`;
}
