import type { LogEvent } from '../log/log-event';

/** The stored event, one JSON object a line (secrets redacted): what the store holds, for any tool. */
export function storedEventJson(event: LogEvent): string {
  return JSON.stringify({
    position: event.position,
    streamId: event.streamId,
    revision: event.revision,
    id: event.eventId,
    type: event.type,
    recordedAt: event.recordedAt,
    data: event.data,
    metadata: event.metadata,
  });
}

/** JSON Lines (https://jsonlines.org): one stored event per line, in global order. */
export async function* jsonLines(events: AsyncIterable<LogEvent>): AsyncGenerator<string> {
  for await (const event of events) yield `${storedEventJson(event)}\n`;
}
