/**
 * The tracking code on an applicant's receipt, e.g. `SP-7JR3-K9WF-2MXA-QH4T`: what they type on the public
 * status page and read out on the phone. Its alphabet has no 0/O, 1/I/L, so nothing reads as
 * something else, and its last character checks the others: a mistyped or swapped character is
 * caught before anything is looked up.
 */
export const TRACKING_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const TRACKING_CODE_PATTERN = /^SP(-[2-9A-HJKMNP-Z]{4}){4}$/;
/**
 * How many random characters a code carries (the sixteenth is the check character): 15 × log2(31)
 * ≈ 74 bits, so that codes cannot be guessed — the public status page answers without a login.
 */
export const TRACKING_CODE_RANDOM_LENGTH = 15;

const BASE = TRACKING_CODE_ALPHABET.length; // 31, a prime: the weighted sum below catches every single error and swap
const value = (character: string) => TRACKING_CODE_ALPHABET.indexOf(character);

/** Σ (position × value) over all sixteen characters, check character included; a valid code makes it 0 mod 31. */
function weightedSum(characters: string): number {
  let sum = 0;
  for (let i = 0; i < characters.length; i++) sum += (i + 1) * value(characters[i]);
  return sum % BASE;
}

function checkCharacter(body: string): string {
  const weight = body.length + 1;
  const partial = weightedSum(body);
  for (let v = 0; v < BASE; v++) {
    if ((partial + weight * v) % BASE === 0) return TRACKING_CODE_ALPHABET[v];
  }
  throw new Error('unreachable: the weight is invertible modulo a prime');
}

/** Upper-cases and trims what a person typed, so ` sp-7jr3-k9wf ` is found too. */
export function normalizeTrackingCode(input: string): string {
  return input.trim().toUpperCase();
}

/** Whether a code has the format and a matching check character. */
export function isTrackingCode(code: string): boolean {
  if (!TRACKING_CODE_PATTERN.test(code)) return false;
  return weightedSum(code.slice(3).replace(/-/g, '')) === 0;
}

/**
 * A code from fifteen random numbers (e.g. `crypto.randomInt(31)` each, or random bytes): the
 * domain stays pure, the caller brings the randomness. Each number picks a character modulo 31.
 */
export function trackingCodeFrom(random: ArrayLike<number>): string {
  if (random.length < TRACKING_CODE_RANDOM_LENGTH) {
    throw new RangeError(`A tracking code needs ${TRACKING_CODE_RANDOM_LENGTH} random numbers`);
  }
  let body = '';
  for (let i = 0; i < TRACKING_CODE_RANDOM_LENGTH; i++) body += TRACKING_CODE_ALPHABET[Math.abs(Math.trunc(random[i])) % BASE];
  const characters = body + checkCharacter(body);
  return `SP-${characters.match(/.{4}/g)!.join('-')}`;
}
