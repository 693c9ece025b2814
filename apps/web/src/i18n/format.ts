import type { Language } from './i18n';

/** The office's clock: Central Indonesian Time (WITA, UTC+8), whatever the device's zone. */
export const OFFICE_TIME_ZONE = 'Asia/Makassar';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(language: Language, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let found = formatters.get(key);
  if (found === undefined) {
    found = new Intl.DateTimeFormat(LOCALES[language], { timeZone: OFFICE_TIME_ZONE, ...options });
    formatters.set(key, found);
  }
  return found;
}

/** "27 Nov 2026 14.05" (id) / "27 Nov 2026, 14:05" (en), in WITA. */
export function formatDateTime(iso: string, language: Language): string {
  return formatter(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** "Jumat, 27 November 2026" (id) / "Friday 27 November 2026" (en), in WITA. */
export function formatLongDate(iso: string, language: Language): string {
  return formatter(language, { dateStyle: 'full' }).format(new Date(iso));
}

/** "27 Nov 2026", in WITA. */
export function formatDate(iso: string, language: Language): string {
  return formatter(language, { dateStyle: 'medium' }).format(new Date(iso));
}

/** How long ago, in whole days or hours: the queue's "age" column. */
export function age(
  fromIso: string,
  now: Date,
): { unit: 'days' | 'hours' | 'minutes'; count: number } {
  const ms = Math.max(0, now.getTime() - Date.parse(fromIso));
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 60) return { unit: 'minutes', count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { unit: 'hours', count: hours };
  return { unit: 'days', count: Math.floor(hours / 24) };
}
