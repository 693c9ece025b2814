import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { hashPassword, verifyPassword, type AccountsReadModels } from '@satupintu/read-models';
import type { AppConfig } from '../config/app-config';
import { ACCOUNTS_READ_MODELS, APP_CONFIG } from '../core/tokens';
import { ApiException } from '../errors/api-error';
import { LoginThrottle } from './login-throttle';
import { TokenService } from './token.service';
import { say } from '../i18n/message';

export interface LoginResult {
  token: string;
  user: { id: string; username: string; name: string; roles: string[] };
}

const WRONG_CREDENTIALS = say('auth.wrongCredentials');

@Injectable()
export class AuthService implements OnModuleInit {
  private readonly throttle: LoginThrottle;
  /** Checked when the username is unknown, so that answer takes as long as a wrong password. */
  private decoyHash = '';

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(ACCOUNTS_READ_MODELS) private readonly readModels: AccountsReadModels,
    private readonly tokens: TokenService,
  ) {
    this.throttle = new LoginThrottle(config.loginThrottle);
  }

  async onModuleInit(): Promise<void> {
    this.decoyHash = await hashPassword(randomBytes(16).toString('hex'));
  }

  /** The same 401 for an unknown user, a wrong password and a deactivated account. */
  async login(username: string, password: string, ip: string): Promise<LoginResult> {
    const decision = this.throttle.begin(username, ip);
    if (!decision.allowed) {
      const minutes = Math.ceil(decision.retryAfterSeconds / 60);
      throw new ApiException(429, say('auth.tooManyFailures', { minutes }), undefined, {
        'retry-after': String(decision.retryAfterSeconds),
      });
    }
    if (decision.delayMs > 0) await sleep(decision.delayMs);
    const user = this.readModels.users.byUsername(username.trim().toLowerCase());
    const passwordMatches = await verifyPassword(password, user?.passwordHash ?? this.decoyHash);
    if (!user || !passwordMatches || !user.active) throw new ApiException(401, WRONG_CREDENTIALS);
    this.throttle.succeeded(username, ip);
    return {
      token: await this.tokens.issue(user),
      user: { id: user.id, username: user.username, name: user.name, roles: user.roles },
    };
  }
}
