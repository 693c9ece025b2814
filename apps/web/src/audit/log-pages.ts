import type { LogEvent, LogPage } from './audit-api';

/** Events per request, and how many one "show more" tries to gather. */
export const LOG_REQUEST = 50;
export const LOG_SCREEN = 50;
/** A page examines at most 5,000 events: a narrow filter over a long log may need several. */
const MAX_REQUESTS = 20;

/**
 * Follows the log's cursors until a screenful of events is gathered, the log ends, or enough
 * requests were made (the user then asks for more): the API may answer a page with fewer events
 * than asked, even none, and still have a next one.
 */
export async function gatherLog(
  fetchPage: (cursor: string | null) => Promise<LogPage>,
  cursor: string | null,
): Promise<{ items: LogEvent[]; nextCursor: string | null }> {
  const items: LogEvent[] = [];
  let next = cursor;
  for (let requests = 0; requests < MAX_REQUESTS; requests++) {
    const page = await fetchPage(next);
    items.push(...page.items);
    next = page.nextCursor;
    if (next === null || items.length >= LOG_SCREEN) break;
  }
  return { items, nextCursor: next };
}
