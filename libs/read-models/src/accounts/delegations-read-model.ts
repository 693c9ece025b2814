import { prepared, type ReadModelDb } from '@satupintu/projections';
import { AccountRowCache } from './account-row-cache';

export interface DelegationView {
  id: string;
  /** The official who is away (A). */
  fromUserId: string;
  /** The acting official (B, Plh). */
  toUserId: string;
  startsAt: string;
  endsAt: string;
  reason: string | null;
  grantedBy: string | null;
  grantedAt: string;
  revokedAt: string | null;
  revokedBy: string | null;
  revision: number;
}

/** Delegations in force for one user at one time, both ways. */
export interface DelegationsInForce {
  /** The user acts for someone else (the user is B). */
  held: DelegationView[];
  /** Someone acts for the user (the user is A). */
  given: DelegationView[];
}

interface DelegationRow {
  id: string;
  from_user_id: string;
  to_user_id: string;
  starts_at: string;
  ends_at: string;
  reason: string | null;
  granted_by: string | null;
  granted_at: string;
  revoked_at: string | null;
  revoked_by: string | null;
  revision: number;
}

const toView = (row: DelegationRow): DelegationView => ({
  id: row.id,
  fromUserId: row.from_user_id,
  toUserId: row.to_user_id,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  reason: row.reason,
  grantedBy: row.granted_by,
  grantedAt: row.granted_at,
  revokedAt: row.revoked_at,
  revokedBy: row.revoked_by,
  revision: row.revision,
});

/** In force at @at: started, not ended, not yet revoked (a revocation ends it from then on). */
const IN_FORCE = 'starts_at <= @at AND @at < ends_at AND (revoked_at IS NULL OR @at < revoked_at)';

/** Queries over the delegations table (see delegationsProjection). */
export class DelegationsReadModel {
  private readonly ofUser: AccountRowCache<{ held: DelegationRow[]; given: DelegationRow[] }>;

  constructor(private readonly db: ReadModelDb) {
    this.ofUser = new AccountRowCache(db);
  }

  byId(id: string): DelegationView | undefined {
    const row = prepared<[string], DelegationRow>(
      this.db,
      'SELECT * FROM delegations WHERE id = ?',
    ).get(id);
    return row && toView(row);
  }

  /** All delegations, newest start first; only those in force at `inForceAt` when given. */
  list(filter: { inForceAt?: Date } = {}): DelegationView[] {
    const rows =
      filter.inForceAt === undefined
        ? prepared<[], DelegationRow>(
            this.db,
            'SELECT * FROM delegations ORDER BY starts_at DESC, id',
          ).all()
        : prepared<[{ at: string }], DelegationRow>(
            this.db,
            `SELECT * FROM delegations WHERE ${IN_FORCE} ORDER BY starts_at DESC, id`,
          ).all({
            at: filter.inForceAt.toISOString(),
          });
    return rows.map(toView);
  }

  /**
   * Asked for every command (whom the user acts for): a user's delegations are read once until
   * one changes, and filtered by time here, as IN_FORCE does (ISO times compare as text).
   */
  inForce(userId: string, at: Date): DelegationsInForce {
    const rows = this.ofUser.get(userId, () => {
      const query = (column: 'to_user_id' | 'from_user_id') =>
        prepared<[string], DelegationRow>(
          this.db,
          `SELECT * FROM delegations WHERE ${column} = ? ORDER BY starts_at, id`,
        ).all(userId);
      return { held: query('to_user_id'), given: query('from_user_id') };
    });
    const time = at.toISOString();
    const inForceAt = (row: DelegationRow) =>
      row.starts_at <= time &&
      time < row.ends_at &&
      (row.revoked_at === null || time < row.revoked_at);
    return {
      held: rows.held.filter(inForceAt).map(toView),
      given: rows.given.filter(inForceAt).map(toView),
    };
  }
}
