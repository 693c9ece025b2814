import type { RequestUser } from '../../auth/request-user';

/**
 * Who may see which case: the one place the case list, the case page, its history and the live
 * updates ask. The desk is one office: every staff account (every account holds at least one
 * role) sees every case; the public sees a case only through its tracking code.
 */
export function maySeeCases(user: RequestUser): boolean {
  return user.roles.length > 0;
}
