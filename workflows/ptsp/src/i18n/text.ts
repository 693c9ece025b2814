/** A text shown to people, in Bahasa Indonesia (the office's language) and English. */
export type Text = {
  id: string;
  en: string;
};

/** One line for logs, errors and single-language screens: Indonesian first, then English. */
export function bilingual(text: Text): string {
  return `${text.id} / ${text.en}`;
}
