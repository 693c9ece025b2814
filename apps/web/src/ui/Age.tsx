import { useTranslation } from 'react-i18next';
import { age } from '../i18n/format';

/** How long a file has been at the office: "3 hari", "5 jam". */
export function Age({ since, now }: { since: string; now: Date }) {
  const { t } = useTranslation();
  const { unit, count } = age(since, now);
  return <time dateTime={since}>{t(`age.${unit}`, { count })}</time>;
}
