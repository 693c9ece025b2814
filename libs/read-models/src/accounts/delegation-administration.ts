import { randomUUID } from 'node:crypto';
import type { JsonObject } from '@satupintu/event-store';
import type { Actor } from '@satupintu/engine';
import { AccountEventType, delegationStream, type DelegationGrantedData } from './account-events';
import {
  AdminInputError,
  AdminRuleError,
  DelegationNotFoundError,
  fieldProblem,
} from './accounts-errors';
import { MAX_NAME_LENGTH, Problems } from './account-rules';
import { appendAdminEvents, now, type AdminContext } from './admin-context';
import type { DelegationView } from './delegations-read-model';

export interface NewDelegationInput {
  fromUserId: string;
  toUserId: string;
  /** ISO-8601 with a time zone. */
  startsAt: string;
  endsAt: string;
  reason?: string;
}

const MAX_REASON_LENGTH = 500;
const DATE_AND_TIME = { id: 'isi tanggal dan waktu', en: 'give a date and time' };

/** Names an acting official (Plh): B may act for A from startsAt until endsAt. */
export async function grantDelegation(
  context: AdminContext,
  input: NewDelegationInput,
  actor: Actor,
): Promise<DelegationView> {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const problems = new Problems()
    .check(!Number.isNaN(startsAt.getTime()), 'startsAt', DATE_AND_TIME)
    .check(!Number.isNaN(endsAt.getTime()), 'endsAt', DATE_AND_TIME)
    .check(!(endsAt <= startsAt), 'endsAt', {
      id: 'harus sesudah waktu mulai',
      en: 'must be after the start',
    })
    .check(input.fromUserId !== input.toUserId, 'toUserId', {
      id: 'harus orang lain, bukan pejabat yang berhalangan',
      en: 'must be someone other than the official who is away',
    })
    .check(input.reason === undefined || input.reason.length <= MAX_REASON_LENGTH, 'reason', {
      id: `gunakan paling banyak ${MAX_REASON_LENGTH} karakter`,
      en: `use up to ${MAX_REASON_LENGTH} characters`,
    });
  if (problems.list.length > 0) throw new AdminInputError(problems.list);
  if (endsAt <= now(context))
    throw new AdminRuleError({
      id: 'Waktu berakhir Plh ini sudah lewat',
      en: 'This delegation would already be over',
    });
  const { users, delegations } = context.readModels;
  for (const [field, id] of [
    ['fromUserId', input.fromUserId],
    ['toUserId', input.toUserId],
  ] as const) {
    const user = users.byId(id);
    if (!user)
      throw new AdminInputError([
        fieldProblem(field, { id: 'akun ini tidak ada', en: 'there is no such account' }),
      ]);
    if (!user.active)
      throw new AdminRuleError({
        id: `Akun ${user.name.slice(0, MAX_NAME_LENGTH)} sudah dinonaktifkan`,
        en: `The account of ${user.name.slice(0, MAX_NAME_LENGTH)} is deactivated`,
      });
  }

  const id = randomUUID();
  const data: DelegationGrantedData = {
    fromUserId: input.fromUserId,
    toUserId: input.toUserId,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
  };
  if (input.reason !== undefined) data.reason = input.reason;
  await appendAdminEvents(context, actor, delegationStream(id), 'no_stream', [
    { type: AccountEventType.DelegationGranted, data: data as unknown as JsonObject },
  ]);
  return delegations.byId(id)!;
}

/** Ends a delegation from now on; its past stays on record. */
export async function revokeDelegation(
  context: AdminContext,
  delegationId: string,
  actor: Actor,
): Promise<DelegationView> {
  const { delegations } = context.readModels;
  const delegation = delegations.byId(delegationId);
  if (!delegation) throw new DelegationNotFoundError(delegationId);
  if (delegation.revokedAt !== null)
    throw new AdminRuleError({
      id: 'Plh ini sudah dicabut',
      en: 'This delegation has already been revoked',
    });
  if (delegation.endsAt <= now(context).toISOString())
    throw new AdminRuleError({
      id: 'Masa Plh ini sudah berakhir',
      en: 'This delegation is already over',
    });
  await appendAdminEvents(context, actor, delegationStream(delegationId), delegation.revision, [
    { type: AccountEventType.DelegationRevoked, data: {} },
  ]);
  return delegations.byId(delegationId)!;
}
