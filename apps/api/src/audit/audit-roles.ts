import type { Role } from '@satupintu/ptsp';

/** Who may replay a case, see its events as stored and its state at any moment. */
export const REPLAY_ROLES: Role[] = ['auditor', 'supervisor', 'admin'];
/** Who may read and export the whole log (every case, every admin action). */
export const LOG_ROLES: Role[] = ['auditor', 'admin'];

export const mayReplay = (roles: readonly string[]): boolean =>
  REPLAY_ROLES.some((role) => roles.includes(role));
