import { preferredLanguage } from '../src/i18n/accept-language';
import { LANGUAGES } from '../src/i18n/language';
import { say, type Catalogue, type Message, type MessageKey } from '../src/i18n/message';
import { messageRef, readMessageRef } from '../src/i18n/message-ref';
import { en } from '../src/i18n/messages/en';
import { id } from '../src/i18n/messages/id';
import { render } from '../src/i18n/render';
import type { Language } from '../src/i18n/language';

// The compiler holds the catalogues complete: `npm test` type-checks this file, so each of these
// lines fails the build the day the compiler stops refusing it.
const { 'case.notFound': _dropped, ...withoutOne } = id;
// @ts-expect-error a catalogue that misses a message does not compile
const _incomplete: Catalogue = withoutOne;
const inHours = (p: { hours: number }) => `${p.hours}`;
// @ts-expect-error nor one whose message takes other parameters than the English one
const _otherParameters: Catalogue = { ...id, 'auth.tooManyFailures': inHours };
// @ts-expect-error nor one with a message English does not have
const _extra: Catalogue = { ...id, 'case.gone': 'Berkas hilang' };
// @ts-expect-error a message is said with the parameters its key takes
const _wrongParams: Message = say('auth.rolesOnly', { minutes: 3 });

/** Parameters for any message: a value that reads as a list, a text and a number alike. */
const anyParams = new Proxy({}, { get: () => ['1'] });
const keys = Object.keys(en) as MessageKey[];
const catalogues: Record<Language, Catalogue> = { en, id };
/** A message of one catalogue in words, whatever parameters it takes. */
const words = (key: MessageKey, language: Language): string => {
  const entry = catalogues[language][key];
  return typeof entry === 'string' ? entry : String((entry as (p: unknown) => unknown)(anyParams));
};

describe('the error catalogues', () => {
  it('given the English catalogue, then the Indonesian one says exactly the same messages', () => {
    expect(Object.keys(id).sort()).toEqual([...keys].sort());
  });

  it('says every message in words, in every language', () => {
    for (const language of LANGUAGES)
      for (const key of keys) expect(words(key, language).trim()).not.toBe('');
  });

  it('leaves no message in English in the Indonesian catalogue', () => {
    const sameInEveryLanguage: MessageKey[] = ['text', 'check.said'];
    const untranslated = keys
      .filter((key) => !sameInEveryLanguage.includes(key))
      .filter((key) => words(key, 'id') === words(key, 'en'));
    expect(untranslated).toEqual([]);
  });

  it('says a parameter given in both languages in the language of the answer', () => {
    const message = say('case.notYours', {
      action: { id: 'Tanda tangan', en: 'Sign' },
      state: say('workflow.unknown'),
    });
    expect(render(message, 'en')).toBe(
      'You may not "Sign" this file while it is "There is no such kind of case": it is not yours to do',
    );
    expect(render(message, 'id')).toMatch(
      /^Anda tidak dapat melakukan "Tanda tangan" .*"Jenis berkas ini tidak ada"/,
    );
  });

  it('carries a message through a class-validator message string and back', () => {
    const message = say('auth.tooManyFailures', { minutes: 2 });
    expect(readMessageRef(messageRef(message))).toEqual(message);
    expect(readMessageRef('must be text')).toBeUndefined();
  });
});

describe('Accept-Language', () => {
  it.each([
    [undefined, 'en'],
    ['', 'en'],
    ['id', 'id'],
    ['ID', 'id'],
    ['id-ID', 'id'],
    ['in-ID', 'id'],
    ['en-GB', 'en'],
    ['id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7', 'id'],
    ['en-US,en;q=0.9,id;q=0.8', 'en'],
    ['en;q=0.5, id;q=0.9', 'id'],
    ['id;q=0.4 , en', 'en'],
    ['id;q=0.5, en;q=0.5', 'id'],
    ['fr-FR, de;q=0.9', 'en'],
    ['fr, *;q=0.5', 'en'],
    ['*', 'en'],
    ['id;q=0, *', 'en'],
    ['en;q=0, *', 'id'],
    ['en;q=0, id;q=0', 'en'],
    ['id;q=2, en;q=0.1', 'en'],
    ['id;q=abc', 'en'],
    [';;;,,,', 'en'],
    [['fr', 'id;q=0.3'], 'id'],
  ] as const)('%j → %s', (header, language) => {
    expect(preferredLanguage(header)).toBe(language);
  });
});
