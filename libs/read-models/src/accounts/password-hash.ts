import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Passwords are stored as `scrypt$N$r$p$salt$key` (base64url): scrypt is memory-hard, so
 * guessing on graphics cards is expensive, and the parameters travel with the hash, so they can
 * be raised later while old hashes still verify. N=2^15, r=8 costs 32 MiB and ~0.1 s per try.
 */
const DEFAULT = { N: 2 ** 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
/** Bounds for parameters read from a stored hash: a hash must not be able to exhaust the server. */
const MAX_COST = { N: 2 ** 20, r: 32, p: 16 };

function derive(
  password: string,
  salt: Buffer,
  cost: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string, cost = DEFAULT): Promise<string> {
  const salt = randomBytes(SALT_LENGTH);
  const key = await derive(password, salt, cost);
  return [
    'scrypt',
    cost.N,
    cost.r,
    cost.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

/** Constant-time comparison; false (never a throw) for a malformed or unreasonable stored hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const cost = { N, r, p };
  const sane =
    Number.isInteger(N) &&
    N > 1 &&
    (N & (N - 1)) === 0 &&
    N <= MAX_COST.N &&
    Number.isInteger(r) &&
    r > 0 &&
    r <= MAX_COST.r &&
    Number.isInteger(p) &&
    p > 0 &&
    p <= MAX_COST.p;
  if (!sane) return false;
  const expected = Buffer.from(parts[5], 'base64url');
  if (expected.length !== KEY_LENGTH) return false;
  const actual = await derive(password, Buffer.from(parts[4], 'base64url'), cost);
  return timingSafeEqual(actual, expected);
}
