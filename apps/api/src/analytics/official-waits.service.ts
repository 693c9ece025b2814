import { Inject, Injectable } from '@nestjs/common';
import { ReadModelRunner } from '@satupintu/projections';
import {
  waitsPerPost,
  type AccountsReadModels,
  type DelegationView,
  type UserView,
} from '@satupintu/read-models';
import type { AppConfig } from '../config/app-config';
import { ACCOUNTS_READ_MODELS, APP_CONFIG } from '../core/tokens';
import type { ActingDelegationDto, InitialsDto, OfficialWaitsDto } from './dto/analytics-responses';

/** The roles with which a post's holder initials or signs (an official without them does not). */
const OFFICIAL_ROLES = ['initialer', 'signer'];

/**
 * The paper's bottleneck on one screen: per official whose initials or signature files wait for,
 * how many, since when (longest wait first) and whether someone acts for them (Plh) now.
 */
@Injectable()
export class OfficialWaits {
  constructor(
    private readonly runner: ReadModelRunner,
    @Inject(ACCOUNTS_READ_MODELS) private readonly accounts: AccountsReadModels,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  of(filesPerOfficial: number): InitialsDto {
    const now = this.config.clock();
    const users = this.accounts.users.list().filter((user) => user.active);
    const byId = new Map(users.map((user) => [user.id, user]));
    const inForce = this.accounts.delegations.list({ inForceAt: now });
    const officials = waitsPerPost(this.runner.db, { filesPerPost: filesPerOfficial }).map(
      (waits): OfficialWaitsDto => {
        const holders = users.filter(
          (u) => u.position === waits.post && u.roles.some((r) => OFFICIAL_ROLES.includes(r)),
        );
        const delegation = inForce.find(
          (d) => holders.some((h) => h.id === d.fromUserId) && byId.has(d.toUserId),
        );
        return {
          post: waits.post,
          officials: holders.map((u) => ({ userId: u.id, name: u.name })),
          count: waits.count,
          oldestSince: new Date(waits.oldestSinceMs).toISOString(),
          longestWaitMs: Math.max(0, now.getTime() - waits.oldestSinceMs),
          delegation:
            delegation === undefined ? null : acting(delegation, byId.get(delegation.toUserId)!),
          files: waits.files.map((file) => ({
            caseId: file.caseId,
            agendaNumber: file.agendaNumber,
            serviceCode: file.serviceCode,
            state: file.state,
            since: new Date(file.sinceMs).toISOString(),
            waitingMs: Math.max(0, now.getTime() - file.sinceMs),
          })),
        };
      },
    );
    return { asOf: now.toISOString(), officials };
  }
}

function acting(delegation: DelegationView, deputy: UserView): ActingDelegationDto {
  return {
    id: delegation.id,
    forUserId: delegation.fromUserId,
    acting: { userId: deputy.id, name: deputy.name },
    startsAt: delegation.startsAt,
    endsAt: delegation.endsAt,
  };
}
