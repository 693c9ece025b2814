import { DEFAULT_LANGUAGE, LANGUAGES, type Language } from './language';

/**
 * `in` is the withdrawn ISO 639 code for Indonesian that older Java clients still send.
 */
const ALIASES: Record<string, Language> = { in: 'id' };

interface LanguageRange {
  /** Lower-cased primary subtag (`id` of `id-ID`), or `*`. */
  primary: string;
  /** Whether the range names only a language (`id`), no region or script. */
  bare: boolean;
  quality: number;
}

/** `q=0.8` → 0.8; anything not a quality value in [0, 1] (RFC 9110 §12.4.2) makes the range unusable. */
function qualityOf(parameters: readonly string[]): number | undefined {
  let quality = 1;
  for (const parameter of parameters) {
    const [name, value = ''] = parameter.split('=').map((part) => part.trim());
    if (name.toLowerCase() !== 'q') continue;
    if (!/^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(value)) return undefined;
    quality = Number(value);
  }
  return quality;
}

function rangesOf(header: string): LanguageRange[] {
  const ranges: LanguageRange[] = [];
  for (const item of header.split(',')) {
    const [tag = '', ...parameters] = item.split(';');
    const subtags = tag.trim().toLowerCase().split('-');
    const primary = subtags[0] ?? '';
    if (!/^([a-z]{1,8}|\*)$/.test(primary)) continue;
    const quality = qualityOf(parameters);
    if (quality !== undefined) ranges.push({ primary, bare: subtags.length === 1, quality });
  }
  return ranges;
}

/** What `*` stands for, the default first: "anything" gets the answer a client without the header gets. */
const WILDCARD_ORDER: readonly Language[] = [
  DEFAULT_LANGUAGE,
  ...LANGUAGES.filter((language) => language !== DEFAULT_LANGUAGE),
];

const languageOf = (range: LanguageRange): string => ALIASES[range.primary] ?? range.primary;

/**
 * The language of an answer from the request's Accept-Language (RFC 9110 §12.5.4): the supported
 * language with the highest quality; a regional tag counts for its language (`id-ID` asks for
 * `id`); `q=0` refuses a language; on equal quality the earlier range wins; `*` stands for the
 * languages not named. No header, or nothing we speak: English.
 */
export function preferredLanguage(header: string | readonly string[] | undefined): Language {
  if (header === undefined) return DEFAULT_LANGUAGE;
  const ranges = rangesOf(typeof header === 'string' ? header : header.join(','));
  const named = new Set(ranges.map(languageOf));
  let best: { language: Language; quality: number } | undefined;
  for (const range of ranges) {
    const language = languageOf(range);
    const candidates: readonly Language[] =
      language === '*'
        ? WILDCARD_ORDER.filter((supported) => !named.has(supported))
        : LANGUAGES.filter((supported) => supported === language);
    for (const candidate of candidates) {
      // `id;q=0` refuses Indonesian whatever else the header says (`id-ID;q=0` only that region).
      if (ranges.some((r) => r.quality === 0 && r.bare && languageOf(r) === candidate)) continue;
      if (range.quality > 0 && (best === undefined || range.quality > best.quality))
        best = { language: candidate, quality: range.quality };
    }
  }
  return best?.language ?? DEFAULT_LANGUAGE;
}
