import type { Text } from '@satupintu/ptsp/text';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from './i18n';

/** The language shown now. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'id';
}

/** Picks the shown language's half of a domain text ({id, en}: state labels, service names). */
export function useText(): (text: Text) => string {
  const language = useLanguage();
  return (text) => text[language];
}
