import { createHash, randomUUID } from 'node:crypto';
import { ApiException } from '../../errors/api-error';
import { say } from '../../i18n/message';

export const IDEMPOTENCY_HEADER = 'idempotency-key';

/** What a client may send as an Idempotency-Key: 1 to 200 visible ASCII characters (a UUID fits). */
const KEY_PATTERN = /^[\x21-\x7e]{1,200}$/;

/**
 * The Idempotency-Key header of a request, or undefined when none was sent. A key that is sent
 * twice (a repeated header) or is not printable is refused: a retry must be recognisable.
 */
export function idempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (typeof header !== 'string' || !KEY_PATTERN.test(header)) {
    throw ApiException.forFields(
      [{ field: 'Idempotency-Key', problem: say('field.idempotencyKey') }],
      say('idempotency.invalid'),
    );
  }
  return header;
}

/** A UUID-shaped id derived from its parts (SHA-256, version-5 layout): the same parts, the same id. */
export function derivedUuid(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(`${part.length}:${part}`);
  const hex = hash.digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/**
 * The engine command id of a request: derived from the user and their key when a key was sent,
 * so a retry carries the same id and the engine answers it with the first outcome (appending
 * nothing); random otherwise. `scope` keeps the ids of different endpoints apart.
 */
export function commandIdFor(scope: string, userId: string, key: string | undefined): string {
  return key === undefined ? randomUUID() : derivedUuid('command', scope, userId, key);
}
