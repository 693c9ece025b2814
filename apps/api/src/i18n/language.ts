/** The languages the API answers in: Bahasa Indonesia (the office's) and English. */
export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Without an Accept-Language the API speaks English: outside clients were written against it. */
export const DEFAULT_LANGUAGE: Language = 'en';
