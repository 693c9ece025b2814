/**
 * A fresh Idempotency-Key: a retried submit of the same form is done once. Built from
 * getRandomValues, which (unlike randomUUID) also works over plain http on the office LAN.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
