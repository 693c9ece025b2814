import type { JsonObject, RecordedEvent } from '@satupintu/event-store';
import { accountTablesChanging } from './account-row-cache';
import { prepared, type Projection, type ReadModelDb } from '@satupintu/projections';
import { ACCOUNT_STREAM_PREFIX, AccountEventType } from './account-events';
import { objectOf, textListOf, textOf } from '../shared/event-data';
import { occurredAt } from './admin-metadata';

const INSERT = `INSERT INTO users (id, username, name, roles, position, unit, password_hash, active, revision, created_at, updated_at)
  VALUES (@id, @username, @name, @roles, @position, @unit, @passwordHash, 1, @revision, @at, @at)
  ON CONFLICT DO NOTHING`;

/**
 * Staff accounts, one row per `account-<userId>` stream. `revision` is the stream's revision,
 * the expected revision for the account's next change. Usernames are unique: should two
 * UserCreated events claim one username (two processes racing), the first keeps it and the
 * later account is left out, the same way on every rebuild; the account service reports that
 * case as a taken username.
 */
export const usersProjection: Projection = {
  name: 'users',
  version: 1,
  streamPrefixes: [ACCOUNT_STREAM_PREFIX],
  tables: ['users'],
  setup(db) {
    accountTablesChanging(db);
    db.exec(`CREATE TABLE IF NOT EXISTS users (
      id TEXT PRIMARY KEY,
      username TEXT NOT NULL UNIQUE,
      name TEXT NOT NULL,
      roles TEXT NOT NULL,
      position TEXT,
      unit TEXT,
      password_hash TEXT NOT NULL,
      active INTEGER NOT NULL,
      revision INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT`);
  },
  apply(db, event) {
    accountTablesChanging(db);
    const userId = event.streamId.slice(ACCOUNT_STREAM_PREFIX.length);
    if (event.type === AccountEventType.UserCreated) create(db, userId, event);
    else update(db, userId, event);
  },
};

function create(db: ReadModelDb, id: string, event: RecordedEvent): void {
  const data = objectOf(event.data);
  const username = textOf(data.username);
  const name = textOf(data.name);
  const passwordHash = textOf(data.passwordHash);
  if (username === null || name === null || passwordHash === null) return;
  prepared(db, INSERT).run({
    id,
    username,
    name,
    roles: JSON.stringify(textListOf(data.roles)),
    position: textOf(data.position),
    unit: textOf(data.unit),
    passwordHash,
    revision: event.revision,
    at: occurredAt(event),
  });
}

/** Each later event sets some columns; every one moves revision and updated_at. */
function update(db: ReadModelDb, id: string, event: RecordedEvent): void {
  const changes = changedColumns(event.type, objectOf(event.data));
  if (changes === undefined) return;
  const assignments = [
    ...Object.keys(changes).map((column) => `${column} = @${column}`),
    'revision = @revision',
    'updated_at = @at',
  ];
  prepared(db, `UPDATE users SET ${assignments.join(', ')} WHERE id = @id`).run({
    ...changes,
    id,
    revision: event.revision,
    at: occurredAt(event),
  });
}

/** The columns an event sets; undefined for an event too malformed to use. */
function changedColumns(
  type: string,
  data: JsonObject,
): Record<string, string | number | null> | undefined {
  switch (type) {
    case AccountEventType.UserRolesChanged:
      return { roles: JSON.stringify(textListOf(data.roles)) };
    case AccountEventType.UserProfileChanged: {
      const name = textOf(data.name);
      return name === null
        ? undefined
        : { name, position: textOf(data.position), unit: textOf(data.unit) };
    }
    case AccountEventType.UserPasswordChanged: {
      const passwordHash = textOf(data.passwordHash);
      return passwordHash === null ? undefined : { password_hash: passwordHash };
    }
    case AccountEventType.UserDeactivated:
      return { active: 0 };
    case AccountEventType.UserReactivated:
      return { active: 1 };
    default:
      // An event type this version does not know still moves the revision.
      return {};
  }
}
