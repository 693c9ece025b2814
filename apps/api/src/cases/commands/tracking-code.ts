import { randomInt } from 'node:crypto';
import {
  TRACKING_CODE_ALPHABET,
  TRACKING_CODE_RANDOM_LENGTH,
  trackingCodeFrom,
} from '@satupintu/ptsp';

/** A receipt's tracking code from the operating system's cryptographic randomness (≈74 bits). */
export function newTrackingCode(): string {
  return trackingCodeFrom(
    Array.from({ length: TRACKING_CODE_RANDOM_LENGTH }, () =>
      randomInt(TRACKING_CODE_ALPHABET.length),
    ),
  );
}
