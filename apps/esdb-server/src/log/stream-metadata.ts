/**
 * Stream metadata as EventStoreDB keeps it: the JSON of the last `$metadata` event in the
 * stream's metastream `$$<stream>`. Only the keys that change what a read returns are
 * interpreted: `$maxCount`, `$maxAge` (seconds) and `$tb` (truncate before). A soft delete
 * sets `$tb` to long.MaxValue; the next append "recreates" the stream by writing a `$tb`
 * just after its last revision.
 */
export interface StreamSettings {
  maxCount?: number;
  maxAgeSeconds?: number;
  truncateBefore?: number;
  softDeleted: boolean;
  /** The whole metadata object, custom keys included, for rewrites that keep them. */
  raw: Record<string, unknown>;
}

export const METADATA_EVENT_TYPE = '$metadata';
const SOFT_DELETED_TB_TEXT = '9223372036854775807';
const PLACEHOLDER = '__satupintu_soft_deleted_tb__';

export const isMetastream = (stream: string): boolean => stream.startsWith('$$');
export const metastreamOf = (stream: string): string => `$$${stream}`;
export const originalStreamOf = (metastream: string): string => metastream.slice(2);

const NO_SETTINGS: StreamSettings = { softDeleted: false, raw: {} };
/** Metastreams keep only their last event, as in EventStoreDB. */
export const METASTREAM_SETTINGS: StreamSettings = { maxCount: 1, softDeleted: false, raw: {} };

function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

export function parseStreamMetadata(data: Buffer | undefined): StreamSettings {
  if (data === undefined) return NO_SETTINGS;
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString('utf8'));
  } catch {
    return NO_SETTINGS;
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return NO_SETTINGS;
  const raw = parsed as Record<string, unknown>;
  const tb = raw.$tb;
  const softDeleted = typeof tb === 'number' && tb >= Number.MAX_SAFE_INTEGER;
  const truncateBefore =
    typeof tb === 'number' && Number.isInteger(tb) && tb >= 0 && !softDeleted ? tb : undefined;
  return {
    maxCount: positiveInteger(raw.$maxCount),
    maxAgeSeconds: positiveInteger(raw.$maxAge),
    truncateBefore,
    softDeleted,
    raw,
  };
}

/** The metadata JSON with `$tb` replaced; 'soft-deleted' writes long.MaxValue exactly, as EventStoreDB does. */
export function metadataWithTruncateBefore(
  raw: Record<string, unknown>,
  truncateBefore: number | 'soft-deleted',
): Buffer {
  if (truncateBefore !== 'soft-deleted')
    return Buffer.from(JSON.stringify({ ...raw, $tb: truncateBefore }), 'utf8');
  const text = JSON.stringify({ ...raw, $tb: PLACEHOLDER }).replace(
    `"${PLACEHOLDER}"`,
    SOFT_DELETED_TB_TEXT,
  );
  return Buffer.from(text, 'utf8');
}
