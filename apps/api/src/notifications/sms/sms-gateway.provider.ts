import type { Provider } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../core/tokens';
import { HttpSmsGateway } from './http-sms-gateway';
import { LogSmsGateway } from './log-sms-gateway';
import type { SmsGateway } from './sms-gateway';

export const SMS_GATEWAY = Symbol('SmsGateway');

/** The gateway the configuration names: HTTP when SATUPINTU_SMS_GATEWAY_URL is set, else log-only. */
export const smsGatewayProvider: Provider = {
  provide: SMS_GATEWAY,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): SmsGateway => {
    const gateway = config.followUp.sms.gateway;
    return gateway.kind === 'http' ? new HttpSmsGateway(gateway) : new LogSmsGateway();
  },
};
