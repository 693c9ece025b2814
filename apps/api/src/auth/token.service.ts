import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import type { AppConfig } from '../config/app-config';
import { tokenSecret } from '../config/token-secret';
import { APP_CONFIG } from '../core/tokens';
import { VerifiedTokens } from './verified-tokens';

const ISSUER = 'satupintu';
const AUDIENCE = 'satupintu-api';

/** Login tokens: JWT, HS256, naming only the user; roles are read afresh on every request. */
@Injectable()
export class TokenService {
  private readonly key: Uint8Array;
  private readonly ttlSeconds: number;
  // jose checks expiry against Date.now(), so the cache does too.
  private readonly verified = new VerifiedTokens({
    capacity: 10_000,
    maxAgeMs: 60_000,
    now: Date.now,
  });

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.key = tokenSecret(config.secret, config.dataDir);
    this.ttlSeconds = config.tokenTtlSeconds;
  }

  issue(user: { id: string; username: string }): Promise<string> {
    return new SignJWT({ username: user.username })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.ttlSeconds}s`)
      .sign(this.key);
  }

  /** The user id of a valid, unexpired token; undefined for anything else. */
  async verify(token: string): Promise<string | undefined> {
    const known = this.verified.userIdOf(token);
    if (known !== undefined) return known;
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (typeof payload.sub !== 'string') return undefined;
      // Our tokens always expire; one without `exp` is verified every time.
      if (typeof payload.exp === 'number')
        this.verified.remember(token, payload.sub, payload.exp * 1000);
      return payload.sub;
    } catch {
      return undefined;
    }
  }
}
