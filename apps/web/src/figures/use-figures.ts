import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/i18n';
import { useLanguage } from '../i18n/use-language';
import { durationParts, workingDays } from './durations';

const LOCALES: Record<Language, string> = { id: 'id-ID', en: 'en-GB' };

export interface Figures {
  /** 1.234,5 (id) / 1,234.5 (en): up to one decimal. */
  number(value: number): string;
  /** 87 % of a 0–1 rate. */
  percent(rate: number): string;
  /** "45 menit", "30,5 jam", "3,2 hari". */
  duration(ms: number): string;
  /** "2,5 hari kerja". */
  workingDays(ms: number): string;
  /** "12,3 MB". */
  size(bytes: number): string;
}

/** Numbers and durations in the shown language's own way of writing them. */
export function useFigures(): Figures {
  const { t } = useTranslation();
  const language = useLanguage();
  const locale = LOCALES[language];
  const number = (value: number) =>
    new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  return {
    number,
    percent: (rate) =>
      new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(rate),
    duration: (ms) => {
      const { unit, value } = durationParts(ms);
      return t(`figures.${unit}`, { value: number(value) });
    },
    workingDays: (ms) => t('figures.workingDays', { value: number(workingDays(ms)) }),
    size: (bytes) =>
      bytes < 1024 * 1024
        ? t('figures.kilobytes', { value: number(Math.max(0.1, bytes / 1024)) })
        : t('figures.megabytes', { value: number(bytes / (1024 * 1024)) }),
  };
}
