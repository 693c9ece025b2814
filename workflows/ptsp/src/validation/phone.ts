import { problem, type ValidationProblem } from './problem';

/**
 * Indonesian mobile numbers, for SMS. Written as 08…, +628… or 628…, with spaces, dashes, dots or
 * brackets as people type them. After the trunk 0 (or country code 62) comes the subscriber number:
 * 8, an operator digit 1–9, then the rest, 9 to 12 digits in all (0812-345-678 up to 0812-3456-78901).
 */
const SEPARATORS = /[\s\-.()]/g;
const MIN_SUBSCRIBER_DIGITS = 9;
const MAX_SUBSCRIBER_DIGITS = 12;

/** The subscriber number (starting with 8) of an input, or undefined when the prefix is not a mobile one. */
function subscriberNumber(input: string): string | undefined {
  const compact = input.replace(SEPARATORS, '');
  for (const prefix of ['+62', '62', '0']) {
    if (compact.startsWith(prefix)) return compact.slice(prefix.length);
  }
  return undefined;
}

export function validatePhone(input: string): ValidationProblem[] {
  const subscriber = subscriberNumber(input);
  if (subscriber === undefined || !/^\d+$/.test(subscriber)) {
    return [problem('phone.format', 'Nomor HP harus diawali 08, 628 atau +628 dan hanya berisi angka', 'A mobile number starts with 08, 628 or +628 and has only digits')];
  }
  if (!/^8[1-9]/.test(subscriber)) {
    return [problem('phone.not_mobile', 'Nomor ini bukan nomor HP (harus 08…)', 'This is not a mobile number (it must be 08…)')];
  }
  if (subscriber.length < MIN_SUBSCRIBER_DIGITS || subscriber.length > MAX_SUBSCRIBER_DIGITS) {
    return [problem('phone.length', `Nomor HP harus ${MIN_SUBSCRIBER_DIGITS + 1}–${MAX_SUBSCRIBER_DIGITS + 1} angka (dengan 0 di depan)`, `A mobile number has ${MIN_SUBSCRIBER_DIGITS + 1}–${MAX_SUBSCRIBER_DIGITS + 1} digits (with the leading 0)`)];
  }
  return [];
}

export function isValidPhone(input: string): boolean {
  return validatePhone(input).length === 0;
}

/** The number in international form, +628…, as SMS gateways want it; undefined when it is not valid. */
export function normalizePhone(input: string): string | undefined {
  if (!isValidPhone(input)) return undefined;
  return `+62${subscriberNumber(input)}`;
}
