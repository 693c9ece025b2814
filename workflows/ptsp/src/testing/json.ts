import type { GivenEvent } from '@satupintu/engine/testing';

export type Json = NonNullable<GivenEvent['data']>;

/** A payload as it travels: through JSON, as it would from a form (optional fields dropped). */
export function asJson(value: object): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}
