import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './messages/en';
import { id } from './messages/id';

/** Bahasa Indonesia first (the office's language); English by the switch in the header. */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const STORAGE_KEY = 'satupintu.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language the UI shows now (Bahasa Indonesia until i18next says otherwise). */
export function shownLanguage(): Language {
  return isLanguage(i18next.language) ? i18next.language : 'id';
}

/** The language chosen earlier in this browser, else Bahasa Indonesia. */
export function rememberedLanguage(): Language {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isLanguage(saved) ? saved : 'id';
  } catch {
    return 'id';
  }
}

/** Switches the language and remembers it for the next visit. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be off (private mode): the choice then lasts for this page only.
  }
  await i18next.changeLanguage(language);
}

/** Synchronous: the catalogues are bundled, so the first render is already in the right language. */
export function setUpI18n(language: Language = rememberedLanguage()): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources: { id: { translation: id }, en: { translation: en } },
    lng: language,
    fallbackLng: 'id',
    supportedLngs: [...LANGUAGES],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const sync = (lng: string) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  sync(i18next.language);
  i18next.on('languageChanged', sync);
  return i18next;
}
