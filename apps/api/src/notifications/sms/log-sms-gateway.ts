import { Logger } from '@nestjs/common';
import { maskedPhone, type SmsGateway, type SmsMessage, type SmsReceipt } from './sms-gateway';

/**
 * The default gateway: writes each message to the log instead of sending it (an office without an
 * SMS contract, a demo, a test). The phone is masked; messages name no person (UU 27/2022).
 */
export class LogSmsGateway implements SmsGateway {
  private readonly logger = new Logger('SMS');

  send(message: SmsMessage): Promise<SmsReceipt> {
    this.logger.log(`to ${maskedPhone(message.to)} [${message.idempotencyKey}]: ${message.text}`);
    return Promise.resolve({ gatewayMessageId: null });
  }
}
