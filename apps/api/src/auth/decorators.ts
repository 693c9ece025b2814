import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Role } from '@satupintu/ptsp';
import type { AuthenticatedRequest, RequestUser } from './request-user';

export const IS_PUBLIC = 'satupintu:public';
export const REQUIRED_ROLES = 'satupintu:roles';

/** Reachable without logging in (login, tracking by code, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** Only for users holding at least one of these roles (403 otherwise). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/** The logged-in user of the request (set by AuthGuard). */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): RequestUser => {
    const user = context.switchToHttp().getRequest<AuthenticatedRequest>().user;
    if (!user) throw new Error('CurrentUser used on a public route');
    return user;
  },
);
