import type { Language } from './i18n';

/**
 * The workflow explains a refusal in both languages at once, "Indonesian / English" (see
 * `bilingual` in workflows/ptsp/src/i18n/text.ts): the half for the language shown. Anything
 * else is shown as it came.
 */
export function inLanguage(message: string, language: Language): string {
  const halves = message.split(' / ');
  if (halves.length !== 2) return message;
  return language === 'en' ? halves[1] : halves[0];
}
