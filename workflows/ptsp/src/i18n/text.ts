/** A text shown to people, in Bahasa Indonesia (the office's language) and English. */
export type Text = {
  id: string;
  en: string;
};

/** One line for logs, errors and single-language screens: Indonesian first, then English. */
export function bilingual(text: Text): string {
  return `${text.id} / ${text.en}`;
}

/**
 * Problems as the engine's refusal reason: the one line (each problem Indonesian / English, joined
 * by "; ") and each language on its own, so the API can answer in the language the clerk reads.
 */
export function explanationOf(problems: readonly Text[]): { text: string; byLanguage: Text } | undefined {
  if (problems.length === 0) return undefined;
  return {
    text: problems.map(bilingual).join('; '),
    byLanguage: { id: problems.map((p) => p.id).join('; '), en: problems.map((p) => p.en).join('; ') },
  };
}
