import { createHash } from 'node:crypto';

/**
 * A UUID-shaped id derived from a name (RFC 4122 version 5 layout over SHA-256). The demo's
 * streams and commands get fixed ids this way: seeding twice issues the same commands, which the
 * engine recognises by command id and applies once.
 */
export function nameBasedUuid(name: string): string {
  const hex = createHash('sha256').update(`satupintu-demo:${name}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
