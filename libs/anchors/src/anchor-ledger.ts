import Database from 'better-sqlite3';
import type { StreamAnchors } from '@satupintu/engine';
import type { RecordedEvent } from '@satupintu/event-store';
import { anchorRowHash, anchorRowProblem, type AnchorRow } from './anchor-row';
import { continuesHead, eventHashOf, type StreamHead } from './stream-head';

/** The ledger's file in the data folder, beside the event store and the read models (and never rebuilt with them). */
export const ANCHORS_FILE = 'anchors.sqlite';

/** Where the ledger stands in the store's global order, and the id of the event there. */
export interface LedgerCheckpoint {
  position: number;
  eventId: string | null;
}

/** An event that did not continue its stream's anchored head: the stream was cut or rewritten under the anchor. */
export interface Divergence {
  streamId: string;
  revision: number;
  position: number;
  head: StreamHead;
}

export interface RecordOutcome {
  /** Rows written: one per stream whose head moved in this batch. */
  rows: number;
  divergences: Divergence[];
}

/** The whole ledger walked row by row: whether it holds, and its newest row's hash (what to hand an outside party). */
export interface LedgerVerdict {
  intact: boolean;
  rows: number;
  headRowHash: string | null;
  checkpoint: LedgerCheckpoint;
  /** The first row that does not hold, and why. */
  brokenAtRow?: number;
  problem?: string;
}

interface StoredRow {
  seq: number;
  stream_id: string;
  revision: number;
  event_hash: string | null;
  position: number;
  prev_row_hash: string | null;
  row_hash: string;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS anchors (
    seq           INTEGER PRIMARY KEY,
    stream_id     TEXT    NOT NULL,
    revision      INTEGER NOT NULL,
    event_hash    TEXT,
    position      INTEGER NOT NULL,
    prev_row_hash TEXT,
    row_hash      TEXT    NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS anchors_by_stream ON anchors (stream_id, revision);
  CREATE TABLE IF NOT EXISTS ledger_checkpoint (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    position INTEGER NOT NULL,
    event_id TEXT
  ) STRICT;`;

function toRow(stored: StoredRow): AnchorRow {
  return {
    seq: stored.seq,
    streamId: stored.stream_id,
    revision: stored.revision,
    eventHash: stored.event_hash,
    position: stored.position,
    prevRowHash: stored.prev_row_hash,
    rowHash: stored.row_hash,
  };
}

/**
 * The anchor ledger: per stream, the revisions and hashes the app saw, in a SQLite file of its
 * own outside the event store and the rebuildable read models. Rows are only ever added (one per
 * stream whose head moved, per batch), each chained to the one before.
 */
export class AnchorLedger {
  private readonly statements;

  /**
   * @param db The ledger's connection; the app hands it to a WAL checkpointer on another thread,
   * so copying the WAL back into the file never holds up a round's commit.
   */
  private constructor(readonly db: Database.Database) {
    const readonly = db.readonly;
    this.statements = {
      head: db.prepare<[string], { revision: number; event_hash: string | null }>(
        'SELECT revision, event_hash FROM anchors WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
      ),
      ofStream: db.prepare<[string], StoredRow>('SELECT * FROM anchors WHERE stream_id = ? ORDER BY revision, seq'),
      bySeq: db.prepare<[number], StoredRow>('SELECT * FROM anchors WHERE seq = ?'),
      last: db.prepare<[], StoredRow>('SELECT * FROM anchors ORDER BY seq DESC LIMIT 1'),
      all: db.prepare<[], StoredRow>('SELECT * FROM anchors ORDER BY seq'),
      checkpoint: db.prepare<[], { position: number; event_id: string | null }>(
        'SELECT position, event_id FROM ledger_checkpoint WHERE id = 1',
      ),
      ...(readonly
        ? {}
        : {
            insert: db.prepare<[number, string, number, string | null, number, string | null, string]>(
              'INSERT INTO anchors (seq, stream_id, revision, event_hash, position, prev_row_hash, row_hash) VALUES (?, ?, ?, ?, ?, ?, ?)',
            ),
            saveCheckpoint: db.prepare<[number, string | null]>(
              `INSERT INTO ledger_checkpoint (id, position, event_id) VALUES (1, ?, ?)
               ON CONFLICT (id) DO UPDATE SET position = excluded.position, event_id = excluded.event_id`,
            ),
          }),
    };
  }

  /** Opens (or creates) the ledger file for writing: the app that anchors. */
  static open(filename: string): AnchorLedger {
    const db = new Database(filename);
    try {
      // NORMAL: a power cut may lose the last batches, never half of one; the checkpoint rolls back with them and they are read again.
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('busy_timeout = 5000');
      db.exec(SCHEMA);
      return new AnchorLedger(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  /** Opens an existing ledger file to read it (the CLI, beside a running app). */
  static openReadOnly(filename: string): AnchorLedger {
    const db = new Database(filename, { readonly: true, fileMustExist: true });
    try {
      db.pragma('busy_timeout = 5000');
      return new AnchorLedger(db);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  checkpoint(): LedgerCheckpoint {
    const row = this.statements.checkpoint.get();
    return { position: row?.position ?? 0, eventId: row?.event_id ?? null };
  }

  /**
   * Anchors a batch of events read in global order after the checkpoint: each stream's head
   * moves to its newest event that continues it, one row per stream that moved, and the
   * checkpoint moves to the batch's last event, all in one transaction.
   */
  record(events: readonly RecordedEvent[]): RecordOutcome {
    const { insert, saveCheckpoint } = this.statements;
    if (insert === undefined || saveCheckpoint === undefined) throw new Error('The anchor ledger is open read-only');
    if (events.length === 0) return { rows: 0, divergences: [] };
    // IMMEDIATE: another process anchoring the same file (the CLI beside the app) waits for the
    // write lock and then sees this batch's rows and checkpoint, instead of failing its commit.
    return this.db.transaction((): RecordOutcome => {
      // What another writer anchored meanwhile is not anchored twice.
      const after = this.checkpoint().position;
      const fresh = events.filter((event) => event.position > after);
      if (fresh.length === 0) return { rows: 0, divergences: [] };
      const heads = new Map<string, StreamHead | undefined>();
      const moved = new Map<string, RecordedEvent>();
      const divergences: Divergence[] = [];
      for (const event of fresh) {
        if (!heads.has(event.streamId)) heads.set(event.streamId, this.headOf(event.streamId));
        const head = heads.get(event.streamId);
        if (!continuesHead(head, event)) {
          if (head !== undefined) divergences.push({ streamId: event.streamId, revision: event.revision, position: event.position, head });
          continue;
        }
        heads.set(event.streamId, { revision: event.revision, eventHash: eventHashOf(event) });
        moved.set(event.streamId, event);
      }
      const previous = this.statements.last.get();
      let seq = previous?.seq ?? 0;
      let prevRowHash = previous?.row_hash ?? null;
      for (const [streamId, event] of moved) {
        seq += 1;
        const row = { seq, streamId, revision: event.revision, eventHash: eventHashOf(event), position: event.position, prevRowHash };
        const rowHash = anchorRowHash(row);
        insert.run(seq, streamId, row.revision, row.eventHash, row.position, prevRowHash, rowHash);
        prevRowHash = rowHash;
      }
      const last = fresh[fresh.length - 1];
      saveCheckpoint.run(last.position, last.id);
      return { rows: moved.size, divergences };
    }).immediate();
  }

  /** The newest anchored point of a stream, or undefined when the ledger has not seen it. */
  headOf(streamId: string): StreamHead | undefined {
    const row = this.statements.head.get(streamId);
    return row === undefined ? undefined : { revision: row.revision, eventHash: row.event_hash };
  }

  /**
   * Every point anchored for a stream, for the audit. Each of its rows is checked on the way:
   * its own hash, and its link to the row written just before it; a row that does not hold
   * makes the anchor worthless, and the audit says so.
   */
  anchorsOf(streamId: string): StreamAnchors {
    const rows = this.statements.ofStream.all(streamId).map(toRow);
    for (const row of rows) {
      const previousStored = row.seq > 1 ? this.statements.bySeq.get(row.seq - 1) : undefined;
      const problem = anchorRowProblem(row, previousStored && toRow(previousStored));
      if (problem !== undefined) {
        return { points: [], ledgerProblem: { revision: row.revision, problem } };
      }
    }
    return { points: rows.map((row) => ({ revision: row.revision, hash: row.eventHash })) };
  }

  /** Walks every row from the first: each must match its hash and link to the one before. */
  verify(): LedgerVerdict {
    let previous: AnchorRow | undefined;
    let rows = 0;
    for (const stored of this.statements.all.iterate()) {
      const row = toRow(stored);
      const problem = anchorRowProblem(row, previous);
      if (problem !== undefined) {
        return { intact: false, rows, headRowHash: previous?.rowHash ?? null, checkpoint: this.checkpoint(), brokenAtRow: row.seq, problem };
      }
      previous = row;
      rows += 1;
    }
    return { intact: true, rows, headRowHash: previous?.rowHash ?? null, checkpoint: this.checkpoint() };
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
