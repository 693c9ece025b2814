import type { ReadAllOptions, ReadStreamOptions } from '../port';

/** A stream read reduced to bounds an adapter can run directly. */
export interface StreamReadPlan {
  direction: 'forwards' | 'backwards';
  /** Inclusive first revision to return, in the read direction. */
  fromRevision: number;
  /** Most events to return; Infinity when unbounded. */
  limit: number;
}

/** Largest revision any stream can reach; stands for 'end' when reading backwards. */
const LAST_POSSIBLE_REVISION = Number.MAX_SAFE_INTEGER;

/** Returns undefined when the read cannot return anything (forwards from 'end'). */
export function planStreamRead(options: ReadStreamOptions = {}): StreamReadPlan | undefined {
  const direction = options.direction ?? 'forwards';
  if (direction !== 'forwards' && direction !== 'backwards') throw new RangeError(`Invalid direction: ${String(direction)}`);
  const limit = validLimit(options.maxCount);
  const from = options.fromRevision ?? (direction === 'forwards' ? 'start' : 'end');
  if (from === 'start') return { direction, fromRevision: 0, limit };
  if (from === 'end') return direction === 'forwards' ? undefined : { direction, fromRevision: LAST_POSSIBLE_REVISION, limit };
  if (!Number.isSafeInteger(from) || from < 0) throw new RangeError(`Invalid fromRevision: ${String(from)}`);
  return { direction, fromRevision: from, limit };
}

export interface AllReadPlan {
  /** Exclusive checkpoint. Positions start at 1 in the local adapters, so 0 means "from the beginning". */
  after: number;
  limit: number;
}

export function planAllRead(options: ReadAllOptions = {}): AllReadPlan {
  return { after: validCheckpoint(options.after), limit: validLimit(options.maxCount) };
}

export function validCheckpoint(after: number | undefined): number {
  if (after === undefined) return 0;
  if (!Number.isSafeInteger(after)) throw new RangeError(`Invalid checkpoint: ${String(after)}`);
  return after;
}

function validLimit(maxCount: number | undefined): number {
  if (maxCount === undefined) return Infinity;
  if (!Number.isSafeInteger(maxCount) || maxCount < 0) throw new RangeError(`Invalid maxCount: ${String(maxCount)}`);
  return maxCount;
}
