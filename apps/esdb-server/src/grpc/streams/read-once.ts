import type { LogRecord } from '../../log/records';
import type { CallWriter } from '../call-writer';
import type { EventFilter } from '../event-filter';
import { eventResponse, streamIdentifier } from '../messages';
import { streams } from '../proto';
import { streamDeleted } from '../rpc-errors';
import { PAGE_SIZE, type StreamsContext } from './streams-context';

type Direction = 'forwards' | 'backwards';

/** Reads a stream page by page; a missing stream answers `stream_not_found`, a tombstoned one fails. */
export async function readStreamOnce(
  context: StreamsContext,
  out: CallWriter<streams.ReadResp>,
  request: {
    stream: string;
    direction: Direction;
    from: 'start' | 'end' | number;
    count: number;
    structuredUuid: boolean;
  },
): Promise<void> {
  let remaining = request.count;
  let from = request.from;
  while (remaining > 0 && !out.cancelled) {
    const result = context.log.readStream(request.stream, {
      direction: request.direction,
      from,
      limit: Math.min(remaining, PAGE_SIZE),
    });
    if (result.kind === 'deleted') throw streamDeleted(result.stream);
    if (result.kind === 'not-found') {
      await out.write(
        new streams.ReadResp().setStreamNotFound(
          new streams.ReadResp.StreamNotFound().setStreamIdentifier(
            streamIdentifier(request.stream),
          ),
        ),
      );
      return;
    }
    for (const record of result.records)
      await out.write(eventResponse(record, request.structuredUuid));
    remaining -= result.records.length;
    const last = result.records.at(-1);
    if (last === undefined || result.records.length < PAGE_SIZE) return;
    from = request.direction === 'forwards' ? last.revision + 1 : last.revision - 1;
    if (from < 0) return;
  }
}

/** Reads $all page by page: forwards from a position inclusive, backwards before it. */
export async function readAllOnce(
  context: StreamsContext,
  out: CallWriter<streams.ReadResp>,
  request: {
    direction: Direction;
    from: 'start' | 'end' | number;
    count: number;
    filter?: EventFilter;
    structuredUuid: boolean;
  },
): Promise<void> {
  let remaining = request.count;
  let last: LogRecord | undefined;
  while (remaining > 0 && !out.cancelled) {
    // The first page from where the client asked; the next ones after (or before) the last record read.
    const page: LogRecord[] =
      last === undefined
        ? context.log.readAll({
            direction: request.direction,
            from: request.from,
            limit: PAGE_SIZE,
          })
        : request.direction === 'forwards'
          ? context.log.readAfter(last.position, PAGE_SIZE)
          : context.log.readAll({ direction: 'backwards', from: last.position, limit: PAGE_SIZE });
    for (const record of page) {
      if (request.filter !== undefined && !request.filter.matches(record)) continue;
      await out.write(eventResponse(record, request.structuredUuid));
      remaining -= 1;
      if (remaining === 0) return;
    }
    last = page.at(-1);
    if (last === undefined || page.length < PAGE_SIZE) return;
  }
}
