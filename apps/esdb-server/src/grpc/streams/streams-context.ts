import type { StreamLog } from '../../log/stream-log';
import type { Authorize } from '../auth';

/** What every Streams method needs. */
export interface StreamsContext {
  log: StreamLog;
  authorize: Authorize;
  /** Largest total size of one append's events, in bytes (EventStoreDB's default: 1 MiB). */
  maxAppendSize: number;
}

/** Records read from the log per page, for reads and subscriptions alike. */
export const PAGE_SIZE = 512;
