import type { LogEvent } from '../log/log-event';

export const CSV_COLUMNS = [
  'position',
  'stream_id',
  'revision',
  'event_id',
  'type',
  'occurred_at',
  'recorded_at',
  'actor_id',
  'actor_name',
  'actor_roles',
  'acting_for',
  'state_before',
  'state_after',
  'workflow',
  'workflow_version',
  'data',
  'prev_hash',
  'hash',
] as const;

/**
 * One CSV cell (RFC 4180): quoted when it holds a quote, comma or line break. A text starting
 * with = + - @ or a tab is prefixed with ' so a spreadsheet shows it instead of running it
 * (an applicant's name is typed by the public).
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const textOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function csvRow(event: LogEvent): string {
  const cells: Array<string | number | null> = [
    event.position,
    event.streamId,
    event.revision,
    event.eventId,
    event.type,
    event.occurredAt,
    event.recordedAt,
    event.actor?.id ?? null,
    event.actor?.name ?? null,
    event.actor ? event.actor.roles.join(';') : null,
    event.actor ? event.actor.actingFor.map((p) => p.id).join(';') : null,
    event.stateBefore,
    event.stateAfter,
    event.workflow?.name ?? null,
    event.workflow?.version ?? null,
    JSON.stringify(event.data),
    textOf(event.metadata.prevHash),
    textOf(event.metadata.hash),
  ];
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** CSV (RFC 4180, UTF-8, CRLF): a header, then one row per event in global order; `data` is the event's JSON. */
export async function* csvRows(events: AsyncIterable<LogEvent>): AsyncGenerator<string> {
  yield `${CSV_COLUMNS.join(',')}\r\n`;
  for await (const event of events) yield csvRow(event);
}
