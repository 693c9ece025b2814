import { Inject, Injectable } from '@nestjs/common';
import { ReadModelRunner } from '@satupintu/projections';
import type { WaitingOn } from '@satupintu/ptsp';
import type { AccountsReadModels, UserView } from '@satupintu/read-models';
import { ACCOUNTS_READ_MODELS } from '../../core/tokens';
import type { WaitingPersonDto } from '../dto/case-responses';

const person = (user: UserView) => ({ userId: user.id, name: user.name, position: user.position });

/**
 * The people a case waits on, by the workflow's rule (ptsp `meetsRequirement`): whoever holds one
 * of the roles (in the unit, when one is named); for a post, its holder with one of the roles and
 * anyone acting for the holder (Plh) under a delegation in force.
 */
@Injectable()
export class WaitingOnPeople {
  /** The accounts as of a read-model checkpoint: re-read only once an event has been applied. */
  private users: { checkpoint: number; list: UserView[] } = { checkpoint: -1, list: [] };

  constructor(
    @Inject(ACCOUNTS_READ_MODELS) private readonly readModels: AccountsReadModels,
    private readonly runner: ReadModelRunner,
  ) {}

  resolve(waiting: WaitingOn | null, at: Date = new Date()): WaitingPersonDto[] {
    if (waiting === null) return [];
    const roles = waiting.roles ?? [];
    const users = this.activeUsers();
    const inUnit = (user: UserView) => waiting.unit === undefined || user.unit === waiting.unit;
    const hasRole = (user: UserView) => user.roles.some((role) => roles.includes(role));
    const positions = waiting.positions ?? [];
    if (positions.length === 0) return users.filter((u) => hasRole(u) && inUnit(u)).map(person);

    const holders = users.filter(
      (u) => u.position !== null && positions.includes(u.position) && hasRole(u) && inUnit(u),
    );
    const byId = new Map(users.map((user) => [user.id, user]));
    const deputies: WaitingPersonDto[] = [];
    for (const delegation of this.readModels.delegations.list({ inForceAt: at })) {
      const official = byId.get(delegation.fromUserId);
      const deputy = byId.get(delegation.toUserId);
      if (
        !official ||
        !deputy ||
        official.position === null ||
        !positions.includes(official.position)
      )
        continue;
      if (inUnit(deputy)) deputies.push({ ...person(deputy), actingFor: person(official) });
    }
    return [...holders.map(person), ...deputies];
  }

  private activeUsers(): UserView[] {
    const checkpoint = this.runner.checkpoint();
    if (this.users.checkpoint !== checkpoint) {
      this.users = { checkpoint, list: this.readModels.users.list().filter((user) => user.active) };
    }
    return this.users.list;
  }
}
