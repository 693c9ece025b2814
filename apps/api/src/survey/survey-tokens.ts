import { createHmac, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { TRACKING_CODE_PATTERN } from '@satupintu/ptsp';
import type { AppConfig } from '../config/app-config';
import { tokenSecret } from '../config/token-secret';
import { APP_CONFIG } from '../core/tokens';

/** 22 base64url characters: 132 bits of the MAC. */
const MAC_LENGTH = 22;
const TOKEN = /^([2-9A-HJKMNP-Z]{16})\.([A-Za-z0-9_-]{22})$/;

/**
 * The survey link's token: the tracking code (compacted) and an HMAC of it under a key of the
 * office's own (derived from the login-token secret), e.g. `7JR3K9WF2MXAQH4T.Xo1…`. Knowing a
 * tracking code does not give its survey token, and a token cannot be guessed; the server keeps
 * nothing to check it, it recomputes the MAC.
 */
@Injectable()
export class SurveyTokens {
  private readonly key: Buffer;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = createHmac('sha256', tokenSecret(config.secret, config.dataDir))
      .update('satupintu/skm-survey/v1')
      .digest();
  }

  tokenFor(trackingCode: string): string {
    return `${trackingCode.replace(/^SP-/, '').replaceAll('-', '')}.${this.mac(trackingCode)}`;
  }

  /** The tracking code a genuine token was made for; undefined for anything else. */
  trackingCodeOf(token: string): string | undefined {
    const match = TOKEN.exec(token);
    if (match === null) return undefined;
    const code = `SP-${match[1].match(/.{4}/g)!.join('-')}`;
    if (!TRACKING_CODE_PATTERN.test(code)) return undefined;
    const expected = Buffer.from(this.mac(code));
    const given = Buffer.from(match[2]);
    return expected.length === given.length && timingSafeEqual(expected, given) ? code : undefined;
  }

  private mac(trackingCode: string): string {
    return createHmac('sha256', this.key)
      .update(trackingCode)
      .digest('base64url')
      .slice(0, MAC_LENGTH);
  }
}
