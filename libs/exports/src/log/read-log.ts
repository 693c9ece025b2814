import type { EventStore } from '@satupintu/event-store';
import { toLogEvent, type LogEvent } from './log-event';
import { inPeriod, type Period } from './period';

/** Which events of the log to take; every criterion optional. */
export interface LogFilter {
  period?: Period;
  /** Streams whose id starts with one of these (`account-`, or a whole case id). */
  streamPrefixes?: readonly string[];
  /** Stored event types, e.g. `FileReturned`. */
  types?: readonly string[];
}

export interface ReadLogOptions extends LogFilter {
  /** Events read from the store at a time: the most the export holds at once. */
  pageSize?: number;
  /** Exclusive: start after this global position. */
  after?: number;
  /** After each page read: the last position read and how many events were read so far. */
  onPage?: (progress: { position: number; read: number }) => void;
}

export const DEFAULT_PAGE_SIZE = 1000;

export function matchesFilter(filter: LogFilter, event: LogEvent): boolean {
  if (filter.types?.length && !filter.types.includes(event.type)) return false;
  if (
    filter.streamPrefixes?.length &&
    !filter.streamPrefixes.some((prefix) => event.streamId.startsWith(prefix))
  )
    return false;
  return filter.period === undefined || inPeriod(filter.period, event.occurredAt);
}

/**
 * The log in global order, read page by page through `readAll`, so that an export of any size
 * holds one page at a time. The period filters by the events' own times (`occurredAt`), which
 * need not follow the store's order, so every page is read and filtered.
 */
export async function* readLog(
  store: EventStore,
  options: ReadLogOptions = {},
): AsyncGenerator<LogEvent> {
  const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
  let after = options.after ?? 0;
  let read = 0;
  for (;;) {
    const page = await store.readAll({ after, maxCount: pageSize });
    if (page.length === 0) return;
    for (const recorded of page) {
      const event = toLogEvent(recorded);
      if (matchesFilter(options, event)) yield event;
    }
    after = page[page.length - 1].position;
    read += page.length;
    options.onPage?.({ position: after, read });
    if (page.length < pageSize) return;
  }
}
