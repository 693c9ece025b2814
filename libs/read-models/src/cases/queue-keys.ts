import type { WaitingOn } from '@satupintu/ptsp';

/**
 * Who asks for their queue: their roles, the post they hold, their unit, and the posts of the
 * officials they act for (Plh) under delegations in force now, as the caller resolves them.
 */
export interface ActionableBy {
  roles: readonly string[];
  position?: string;
  unit?: string;
  actingForPositions?: readonly string[];
}

/** A key names one way to be entitled to act: a role (or, for a deputy, any role), a post, a unit. */
const key = (role: string | null, position: string | null, unit: string | null) => JSON.stringify([role, position, unit]);

/**
 * The queues a case waiting on `waiting` belongs to. They follow the workflow's rule
 * (ptsp `meetsRequirement`): a post is acted for by its holder with one of the roles, or by
 * whoever acts for the holder, whatever their own roles; a unit must be the actor's own.
 */
export function caseQueueKeys(waiting: WaitingOn | null): string[] {
  if (waiting === null) return [];
  const roles = waiting.roles ?? [];
  const unit = waiting.unit ?? null;
  const positions = waiting.positions ?? [];
  if (positions.length === 0) return roles.map((role) => key(role, null, unit));
  return positions.flatMap((position) => [...roles.map((role) => key(role, position, unit)), key(null, position, unit)]);
}

/** The queues an actor may take cases from: each matches exactly the cases whose keys say so. */
export function actorQueueKeys(by: ActionableBy): string[] {
  const units = by.unit === undefined ? [null] : [null, by.unit];
  const keys = new Set<string>();
  for (const unit of units) {
    for (const role of by.roles) {
      keys.add(key(role, null, unit));
      if (by.position !== undefined) keys.add(key(role, by.position, unit));
    }
    for (const position of by.actingForPositions ?? []) keys.add(key(null, position, unit));
  }
  return [...keys];
}
