import type { Language } from './language';
import type { Catalogue, Localizable, Message } from './message';
import { en } from './messages/en';
import { id } from './messages/id';

const CATALOGUES: Readonly<Record<Language, Catalogue>> = { en, id };

function isMessage(value: object): value is Message {
  return 'key' in value;
}

function word(value: Localizable, language: Language): string {
  if (typeof value === 'string') return value;
  return isMessage(value) ? render(value, language) : value[language];
}

/** A message in words of one language. */
export function render(message: Message, language: Language): string {
  const entry = CATALOGUES[language][message.key];
  if (typeof entry === 'string') return entry;
  const given = 'params' in message ? (message.params as Record<string, unknown>) : {};
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(given)) {
    params[name] =
      typeof value === 'string' ||
      (typeof value === 'object' && value !== null && !Array.isArray(value))
        ? word(value as Localizable, language)
        : value;
  }
  return (entry as (params: Record<string, unknown>) => string)(params);
}
