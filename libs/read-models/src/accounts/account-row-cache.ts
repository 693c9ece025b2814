import type { ReadModelDb } from '@satupintu/projections';

/** Per connection: how many times the account projections have set up or written their tables. */
const changes = new WeakMap<ReadModelDb, number>();

/**
 * Called by the users and delegations projections before they write (and when they set up their
 * tables, as after a rebuild): rows cached from this connection are stale from then on.
 */
export function accountTablesChanging(db: ReadModelDb): void {
  changes.set(db, (changes.get(db) ?? 0) + 1);
}

/**
 * Account rows as last read, kept until the account projections next write. Every request reads
 * its user (the auth guard) and the delegations it holds (whom a command acts for); accounts
 * change rarely, commands often. Rows are kept, not the objects made from them, so no caller can
 * change what the next one gets. Inside a transaction nothing is kept: it may yet roll back.
 */
export class AccountRowCache<Row> {
  private seen = -1;
  private readonly rows = new Map<string, Row>();

  constructor(
    private readonly db: ReadModelDb,
    /** Most keys kept: past it the cache starts again (a bound, not a policy: staff are few). */
    private readonly limit = 10_000,
  ) {}

  get(key: string, read: () => Row): Row {
    if (this.db.inTransaction) return read();
    const now = changes.get(this.db) ?? 0;
    if (now !== this.seen || this.rows.size >= this.limit) {
      this.rows.clear();
      this.seen = now;
    }
    if (this.rows.has(key)) return this.rows.get(key) as Row;
    const row = read();
    this.rows.set(key, row);
    return row;
  }
}
