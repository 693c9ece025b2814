import type { Language } from './language';
import { en } from './messages/en';

type English = typeof en;

/** The name of one message of the API. */
export type MessageKey = keyof English;

/**
 * What a language's catalogue must hold: every message of the English one, as text or as a
 * function of the same parameters. A catalogue that misses one (or adds one) does not compile.
 */
export type Catalogue = {
  readonly [K in MessageKey]: English[K] extends string ? string : English[K];
};

/** A text given in each language at once (the workflows' labels and refusals have this shape). */
export type Text = Readonly<Record<Language, string>>;

/** A parameter that is itself words: said as is, picked by language, or another message. */
export type Localizable = string | Text | Message;

type ParamsOf<K extends MessageKey> = English[K] extends (params: infer P) => string ? P : never;
type Given<P> = { readonly [N in keyof P]: P[N] extends string ? Localizable : P[N] };

/**
 * A message not yet put into words: its key and parameters. Errors carry it, and it is said in
 * the language of the request only when the error is answered.
 */
export type Message = {
  [K in MessageKey]: [ParamsOf<K>] extends [never]
    ? { readonly key: K }
    : { readonly key: K; readonly params: Given<ParamsOf<K>> };
}[MessageKey];

/** `say('case.notFound')`, `say('auth.rolesOnly', { roles })`: the parameters are checked by key. */
export function say<K extends MessageKey>(
  key: K,
  ...params: [ParamsOf<K>] extends [never] ? [] : [Given<ParamsOf<K>>]
): Message {
  return (params.length === 0 ? { key } : { key, params: params[0] }) as Message;
}

/** Words given as they are, the same in every language (a library's own, a client's value). */
export const verbatim = (text: string): Message => say('text', { text });
