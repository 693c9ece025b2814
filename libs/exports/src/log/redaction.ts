import type { JsonValue } from '@satupintu/event-store';

/** Fields no reader of the log may take away: an account's password hash is a secret even hashed (offline guessing). */
const SECRET_FIELDS = new Set(['passwordHash']);
export const REDACTED = '[redacted]';

/** The value with every secret field, at any depth, replaced by `[redacted]`; the rest unchanged. */
export function redactSecrets(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== 'object') return value;
  const copy: { [key: string]: JsonValue } = {};
  for (const [key, field] of Object.entries(value)) {
    copy[key] = SECRET_FIELDS.has(key) ? REDACTED : redactSecrets(field);
  }
  return copy;
}
