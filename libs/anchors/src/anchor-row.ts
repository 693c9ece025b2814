import { hash } from 'node:crypto';

/** One row of the anchor ledger: "stream S's event at revision R had hash H", as seen at global position P. */
export interface AnchorRow {
  /** 1, 2, 3, … in the order the rows were written. */
  seq: number;
  streamId: string;
  revision: number;
  /** The event's `metadata.hash`; null for an event stored without one (a stream the chain does not cover). */
  eventHash: string | null;
  /** The event's global position in the store. */
  position: number;
  /** The previous row's `rowHash`; null for the first row. */
  prevRowHash: string | null;
  rowHash: string;
}

/**
 * The ledger is chained like the streams it anchors: each row's hash covers its content and the
 * previous row's hash, so editing, removing or inserting a row breaks every check that walks
 * past it. JSON of a fixed array keeps the hashed text unambiguous.
 */
export function anchorRowHash(row: Omit<AnchorRow, 'rowHash'>): string {
  return hash(
    'sha256',
    JSON.stringify([row.prevRowHash, row.seq, row.streamId, row.revision, row.eventHash, row.position]),
    'hex',
  );
}

/** Why a row does not hold, or undefined when it does. */
export function anchorRowProblem(row: AnchorRow, previous: AnchorRow | undefined): string | undefined {
  if (row.rowHash !== anchorRowHash(row)) return `row ${row.seq} does not match its hash`;
  if (row.seq === 1) return row.prevRowHash === null ? undefined : `row 1 names a previous row`;
  if (previous === undefined || previous.seq !== row.seq - 1) return `row ${row.seq - 1} is missing`;
  if (row.prevRowHash !== previous.rowHash) return `row ${row.seq} does not link to row ${previous.seq}`;
  return undefined;
}
