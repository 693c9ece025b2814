import { prepared, type ReadModelDb } from '@satupintu/projections';
import { AccountRowCache } from './account-row-cache';

/** A staff account as other people may see it. */
export interface UserView {
  id: string;
  username: string;
  name: string;
  roles: string[];
  position: string | null;
  unit: string | null;
  active: boolean;
}

/** The account with what only login and the account service use. */
export interface UserRecord extends UserView {
  passwordHash: string;
  /** The account stream's revision: the expected revision of its next change. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

interface UserRow {
  id: string;
  username: string;
  name: string;
  roles: string;
  position: string | null;
  unit: string | null;
  password_hash: string;
  active: number;
  revision: number;
  created_at: string;
  updated_at: string;
}

const toRecord = (row: UserRow): UserRecord => ({
  id: row.id,
  username: row.username,
  name: row.name,
  roles: JSON.parse(row.roles) as string[],
  position: row.position,
  unit: row.unit,
  active: row.active === 1,
  passwordHash: row.password_hash,
  revision: row.revision,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const toUserView = ({
  id,
  username,
  name,
  roles,
  position,
  unit,
  active,
}: UserView): UserView => ({
  id,
  username,
  name,
  roles,
  position,
  unit,
  active,
});

/** Queries over the users table (see usersProjection). */
export class UsersReadModel {
  private readonly byIdRows: AccountRowCache<UserRow | undefined>;

  constructor(private readonly db: ReadModelDb) {
    this.byIdRows = new AccountRowCache(db);
  }

  /** Asked on every request (the auth guard): answered from memory until an account changes. */
  byId(id: string): UserRecord | undefined {
    const row = this.byIdRows.get(id, () =>
      prepared<[string], UserRow>(this.db, 'SELECT * FROM users WHERE id = ?').get(id),
    );
    return row && toRecord(row);
  }

  byUsername(username: string): UserRecord | undefined {
    const row = prepared<[string], UserRow>(this.db, 'SELECT * FROM users WHERE username = ?').get(
      username,
    );
    return row && toRecord(row);
  }

  /** Every account, active or not, by username. */
  list(): UserView[] {
    return prepared<[], UserRow>(this.db, 'SELECT * FROM users ORDER BY username')
      .all()
      .map((row) => toUserView(toRecord(row)));
  }

  count(): number {
    return prepared<[], { n: number }>(this.db, 'SELECT count(*) AS n FROM users').get()?.n ?? 0;
  }
}
