import { Inject, Injectable } from '@nestjs/common';
import type { Actor, Principal } from '@satupintu/engine';
import type { AccountsReadModels } from '@satupintu/read-models';
import type { RequestUser } from '../auth/request-user';
import type { AppConfig } from '../config/app-config';
import { ACCOUNTS_READ_MODELS, APP_CONFIG } from '../core/tokens';

function principal(user: {
  id: string;
  name: string;
  roles: string[];
  position: string | null;
  unit: string | null;
}): Principal {
  const result: Principal = { id: user.id, name: user.name, roles: [...user.roles] };
  if (user.position !== null) result.position = user.position;
  if (user.unit !== null) result.unit = user.unit;
  return result;
}

/**
 * Who the engine should see issuing a command: the user, plus every official whose delegation
 * (Plh) to this user is in force at that moment. The workflow's guards decide what that allows;
 * the event records both, so a replay decides the same way.
 */
@Injectable()
export class ActorResolver {
  constructor(
    @Inject(ACCOUNTS_READ_MODELS) private readonly readModels: AccountsReadModels,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** `at` defaults to the app's clock: the engine dates the command by the same clock. */
  resolve(user: RequestUser, at: Date = this.config.clock()): Actor {
    const { users, delegations } = this.readModels;
    const actingFor = new Map<string, Principal>();
    for (const delegation of delegations.inForce(user.id, at).held) {
      const official = users.byId(delegation.fromUserId);
      // A deactivated official has no authority left to lend.
      if (official?.active) actingFor.set(official.id, principal(official));
    }
    return { ...principal(user), actingFor: [...actingFor.values()] };
  }
}
