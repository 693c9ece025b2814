import type { FastifyRequest } from 'fastify';
import type { UserRecord } from '@satupintu/read-models';

/** The logged-in user, as loaded from the users read model on every request. */
export interface RequestUser {
  id: string;
  username: string;
  name: string;
  roles: string[];
  position: string | null;
  unit: string | null;
}

export type AuthenticatedRequest = FastifyRequest & { user?: RequestUser };

export function toRequestUser(user: UserRecord): RequestUser {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    roles: user.roles,
    position: user.position,
    unit: user.unit,
  };
}
