import type { EventStore } from '@satupintu/event-store';
import { toLogEvent, type LogEvent } from './log-event';
import { matchesFilter, type LogFilter } from './read-log';

export interface LogPageRequest extends LogFilter {
  /** Exclusive global position to continue after (the previous page's `nextAfter`); 0 from the start. */
  after: number;
  limit: number;
  /** At most this many events are examined per page, so a filter that matches little stays a bounded request. */
  maxExamined: number;
}

export interface LogPage {
  items: LogEvent[];
  /** Continue after this position; null at the end of the log. */
  nextAfter: number | null;
}

/**
 * One page of the log for a reader who filters it (an auditor's list). A page ends when it
 * holds `limit` events or has examined `maxExamined`: it may then hold fewer (even none) while
 * `nextAfter` says where to go on.
 */
export async function pageLog(store: EventStore, request: LogPageRequest): Promise<LogPage> {
  const items: LogEvent[] = [];
  let after = request.after;
  let examined = 0;
  while (items.length < request.limit && examined < request.maxExamined) {
    const want = Math.min(
      request.maxExamined - examined,
      Math.max(request.limit - items.length, 200),
    );
    const batch = await store.readAll({ after, maxCount: want });
    for (const recorded of batch) {
      after = recorded.position;
      examined += 1;
      const event = toLogEvent(recorded);
      if (matchesFilter(request, event)) {
        items.push(event);
        if (items.length === request.limit) break;
      }
    }
    if (batch.length < want && items.length < request.limit) return { items, nextAfter: null };
  }
  const more = (await store.readAll({ after, maxCount: 1 })).length > 0;
  return { items, nextAfter: more ? after : null };
}
