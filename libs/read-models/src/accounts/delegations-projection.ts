import { prepared, type Projection } from '@satupintu/projections';
import { accountTablesChanging } from './account-row-cache';
import { AccountEventType, DELEGATION_STREAM_PREFIX } from './account-events';
import { objectOf, textOf } from '../shared/event-data';
import { actorId, occurredAt } from './admin-metadata';

const GRANT = `INSERT INTO delegations (id, from_user_id, to_user_id, starts_at, ends_at, reason, granted_by, granted_at, revision)
  VALUES (@id, @fromUserId, @toUserId, @startsAt, @endsAt, @reason, @grantedBy, @grantedAt, @revision)
  ON CONFLICT DO NOTHING`;
const REVOKE = `UPDATE delegations SET revoked_at = @at, revoked_by = @by, revision = @revision
  WHERE id = @id AND revoked_at IS NULL`;

/**
 * Delegations (Plh), one row per `delegation-<id>` stream. Times are ISO-8601 UTC strings, which
 * sort as text, so "in force at t" is a plain range query. A revoked delegation keeps its row:
 * it was in force until `revoked_at`, and the past must stay answerable.
 */
export const delegationsProjection: Projection = {
  name: 'delegations',
  version: 1,
  streamPrefixes: [DELEGATION_STREAM_PREFIX],
  tables: ['delegations'],
  setup(db) {
    accountTablesChanging(db);
    db.exec(`CREATE TABLE IF NOT EXISTS delegations (
      id TEXT PRIMARY KEY,
      from_user_id TEXT NOT NULL,
      to_user_id TEXT NOT NULL,
      starts_at TEXT NOT NULL,
      ends_at TEXT NOT NULL,
      reason TEXT,
      granted_by TEXT,
      granted_at TEXT NOT NULL,
      revoked_at TEXT,
      revoked_by TEXT,
      revision INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX IF NOT EXISTS delegations_to ON delegations (to_user_id, starts_at);
    CREATE INDEX IF NOT EXISTS delegations_from ON delegations (from_user_id, starts_at);`);
  },
  apply(db, event) {
    accountTablesChanging(db);
    const id = event.streamId.slice(DELEGATION_STREAM_PREFIX.length);
    if (event.type === AccountEventType.DelegationGranted) {
      const data = objectOf(event.data);
      const fields = {
        fromUserId: textOf(data.fromUserId),
        toUserId: textOf(data.toUserId),
        startsAt: textOf(data.startsAt),
        endsAt: textOf(data.endsAt),
      };
      if (Object.values(fields).some((value) => value === null)) return;
      prepared(db, GRANT).run({
        id,
        ...fields,
        reason: textOf(data.reason),
        grantedBy: actorId(event),
        grantedAt: occurredAt(event),
        revision: event.revision,
      });
    } else if (event.type === AccountEventType.DelegationRevoked) {
      prepared(db, REVOKE).run({
        id,
        at: occurredAt(event),
        by: actorId(event),
        revision: event.revision,
      });
    }
  },
};
