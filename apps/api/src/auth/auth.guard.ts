import { Inject, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { AccountsReadModels } from '@satupintu/read-models';
import { ACCOUNTS_READ_MODELS } from '../core/tokens';
import { ApiException } from '../errors/api-error';
import { IS_PUBLIC } from './decorators';
import { toRequestUser, type AuthenticatedRequest } from './request-user';
import { TokenService } from './token.service';
import { say } from '../i18n/message';

const BEARER = /^Bearer ([A-Za-z0-9._~+/-]+=*)$/;
const CHALLENGE = { 'www-authenticate': 'Bearer' };

/**
 * Every route needs `Authorization: Bearer <token>` unless marked @Public(). The user is loaded
 * from the read model on each request, so a deactivated account is out at once.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    @Inject(ACCOUNTS_READ_MODELS) private readonly readModels: AccountsReadModels,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (
      this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
        context.getHandler(),
        context.getClass(),
      ])
    )
      return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined) throw new ApiException(401, say('auth.logIn'), undefined, CHALLENGE);
    const userId = await this.tokens.verify(token);
    const user = userId === undefined ? undefined : this.readModels.users.byId(userId);
    if (!user?.active) throw new ApiException(401, say('auth.sessionEnded'), undefined, CHALLENGE);
    request.user = toRequestUser(user);
    return true;
  }
}
