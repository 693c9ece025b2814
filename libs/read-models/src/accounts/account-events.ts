import type { JsonObject, JsonValue } from '@satupintu/event-store';

/**
 * The accounts vocabulary: staff accounts, delegations (Plh) and the holiday calendar are event
 * streams like any case, so auditors read who changed which account, and when, from the log.
 * Stream prefixes must not collide with workflow names (a workflow named "account" would).
 */
export const ACCOUNT_STREAM_PREFIX = 'account-';
export const DELEGATION_STREAM_PREFIX = 'delegation-';
export const CALENDAR_STREAM_PREFIX = 'calendar-';

export const accountStream = (userId: string): string => `${ACCOUNT_STREAM_PREFIX}${userId}`;
export const delegationStream = (delegationId: string): string =>
  `${DELEGATION_STREAM_PREFIX}${delegationId}`;
export const calendarStream = (year: number): string => `${CALENDAR_STREAM_PREFIX}${year}`;

export const AccountEventType = {
  UserCreated: 'UserCreated',
  UserRolesChanged: 'UserRolesChanged',
  UserProfileChanged: 'UserProfileChanged',
  UserPasswordChanged: 'UserPasswordChanged',
  UserDeactivated: 'UserDeactivated',
  UserReactivated: 'UserReactivated',
  DelegationGranted: 'DelegationGranted',
  DelegationRevoked: 'DelegationRevoked',
  HolidaysSet: 'HolidaysSet',
} as const;

export interface UserCreatedData {
  username: string;
  name: string;
  roles: string[];
  position?: string;
  unit?: string;
  passwordHash: string;
}

export interface UserRolesChangedData {
  roles: string[];
}

/** The profile after the change; null clears a field. */
export interface UserProfileChangedData {
  name: string;
  position: string | null;
  unit: string | null;
}

export interface UserPasswordChangedData {
  passwordHash: string;
}

/** Official A (`fromUserId`) is away; B (`toUserId`) acts for A (Plh) from `startsAt` until `endsAt` (ISO-8601 UTC). */
export interface DelegationGrantedData {
  fromUserId: string;
  toUserId: string;
  startsAt: string;
  endsAt: string;
  reason?: string;
}

export interface HolidayDay {
  /** YYYY-MM-DD */
  date: string;
  name: string;
}

/** Replaces the year's public holidays and joint leave days (cuti bersama). */
export interface HolidaysSetData {
  year: number;
  days: HolidayDay[];
}

/** What every admin event records beside its data. */
export interface AdminEventMetadata {
  [key: string]: JsonValue;
  actor: JsonObject;
  /** When the admin decided it (the service's clock), ISO-8601 UTC. */
  occurredAt: string;
  commandId: string;
}
