/** A cursor the caller sent back that this read model never handed out (or that was tampered with). */
export class InvalidCursorError extends RangeError {
  override readonly name = 'InvalidCursorError';
  constructor(readonly cursor: string) {
    super('The paging cursor is not valid');
  }
}

/**
 * Keyset cursors: the sort key of the last row of a page, as base64url JSON. Opaque to callers,
 * so the sort key can change without breaking their contract; keyset (not OFFSET) so that a page
 * deep in a million rows costs what the first one does.
 */
export function encodeCursor(key: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The key inside a cursor, checked against the shape the query expects (one type per slot). */
export function decodeCursor<T extends readonly ('string' | 'number')[]>(
  cursor: string,
  shape: T,
): { [K in keyof T]: T[K] extends 'number' ? number : string } {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError(cursor);
  }
  const fits =
    Array.isArray(key) &&
    key.length === shape.length &&
    key.every((value, i) => typeof value === shape[i] && (typeof value !== 'number' || Number.isFinite(value)));
  if (!fits) throw new InvalidCursorError(cursor);
  return key as { [K in keyof T]: T[K] extends 'number' ? number : string };
}
