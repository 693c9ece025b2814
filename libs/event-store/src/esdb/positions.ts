import { START, type Position } from '@eventstore/db-client';

/**
 * The port's numeric position of an event is its EventStoreDB commit position. Commit
 * positions are byte offsets in the server's log: they grow in commit order and are not
 * dense, which the port allows. Prepare positions differ from commit positions only for
 * explicit transactions, which nothing here writes, so a port position maps back to the
 * EventStoreDB position { commit, prepare: commit }.
 */
export function portPositionOf(position: Position | undefined, what: string): number {
  if (position === undefined) throw new Error(`EventStoreDB gave no position for ${what}`);
  return safeNumber(position.commit, `the commit position of ${what}`);
}

/** Where to read or subscribe from, for an exclusive checkpoint (0 or less: the beginning). */
export function esdbPositionAfter(checkpoint: number): Position | typeof START {
  return checkpoint <= 0 ? START : esdbPositionAt(checkpoint);
}

/** The EventStoreDB position of an event at a port position. */
export function esdbPositionAt(position: number): Position {
  const commit = BigInt(position);
  return { commit, prepare: commit };
}

/** A uint64 from the client as a number; one beyond 2^53 would lose precision, so it is refused. */
export function safeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < 0n)
    throw new RangeError(`${what} (${value}) does not fit the port's number`);
  return Number(value);
}
