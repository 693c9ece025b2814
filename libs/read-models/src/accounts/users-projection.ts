import type { RecordedEvent } from '@satupintu/event-store';
import { prepared, type Projection, type ReadModelDb } from '@satupintu/projections';
import { ACCOUNT_STREAM_PREFIX, AccountEventType } from './account-events';
import { dataOf, occurredAt, text, textList } from './event-data';

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
    const userId = event.streamId.slice(ACCOUNT_STREAM_PREFIX.length);
    if (event.type === AccountEventType.UserCreated) create(db, userId, event);
    else update(db, userId, event);
  },
};

function create(db: ReadModelDb, id: string, event: RecordedEvent): void {
  const data = dataOf(event);
  const username = text(data, 'username');
  const name = text(data, 'name');
  const roles = textList(data, 'roles');
  const passwordHash = text(data, 'passwordHash');
  if (
    username === undefined ||
    name === undefined ||
    roles === undefined ||
    passwordHash === undefined
  )
    return;
  prepared(db, INSERT).run({
    id,
    username,
    name,
    roles: JSON.stringify(roles),
    position: text(data, 'position') ?? null,
    unit: text(data, 'unit') ?? null,
    passwordHash,
    revision: event.revision,
    at: occurredAt(event),
  });
}

/** Each later event sets some columns; every one moves revision and updated_at. */
function update(db: ReadModelDb, id: string, event: RecordedEvent): void {
  const data = dataOf(event);
  const changes = changedColumns(event.type, data);
  if (changes === undefined) return;
  const columns = Object.keys(changes);
  const assignments = [
    ...columns.map((column) => `${column} = @${column}`),
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

function changedColumns(
  type: string,
  data: ReturnType<typeof dataOf>,
): Record<string, string | number | null> | undefined {
  switch (type) {
    case AccountEventType.UserRolesChanged: {
      const roles = textList(data, 'roles');
      return roles && { roles: JSON.stringify(roles) };
    }
    case AccountEventType.UserProfileChanged: {
      const name = text(data, 'name');
      return name === undefined
        ? undefined
        : { name, position: text(data, 'position') ?? null, unit: text(data, 'unit') ?? null };
    }
    case AccountEventType.UserPasswordChanged: {
      const passwordHash = text(data, 'passwordHash');
      return passwordHash === undefined ? undefined : { password_hash: passwordHash };
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
