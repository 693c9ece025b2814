export interface Page<T> {
  items: T[];
  /** Pass it back for the next page; null on the last page. */
  nextCursor: string | null;
}

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;

/** A page size within bounds: a caller cannot make one query read the whole table. */
export function pageSize(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return DEFAULT_PAGE_SIZE;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.trunc(limit)));
}

/**
 * Rows fetched with one extra beyond the page size tell whether another page follows, without
 * a count: the extra row is dropped and the cursor points after the last kept one.
 */
export function toPage<R, T>(rows: R[], size: number, toItem: (row: R) => T, cursorOf: (row: R) => string): Page<T> {
  const kept = rows.slice(0, size);
  return {
    items: kept.map(toItem),
    nextCursor: rows.length > size && kept.length > 0 ? cursorOf(kept[kept.length - 1]) : null,
  };
}
