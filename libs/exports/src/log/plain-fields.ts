import type { JsonValue } from '@satupintu/event-store';
import type { LogEvent } from './log-event';

export type PlainValue = string | number | boolean;

/** Never a column of a process-mining export, even redacted. */
const LEFT_OUT = new Set(['passwordHash']);

/**
 * An event's data as flat attributes for process-mining tools: plain values as they are, lists of
 * plain values joined with ", ". Nested objects (the applicant, the service copied into a receipt)
 * are left out here; JSON lines and CSV carry the whole data.
 */
export function plainFields(event: LogEvent): Array<{ name: string; value: PlainValue }> {
  const data = event.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const fields: Array<{ name: string; value: PlainValue }> = [];
  for (const [name, value] of Object.entries(data)) {
    if (LEFT_OUT.has(name)) continue;
    if (isPlain(value)) fields.push({ name, value });
    else if (Array.isArray(value) && value.every(isPlain))
      fields.push({ name, value: value.join(', ') });
  }
  return fields;
}

function isPlain(value: JsonValue): value is PlainValue {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
