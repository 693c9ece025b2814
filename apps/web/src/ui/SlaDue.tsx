import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';

/** The promised date; when it has passed, in red and in words (not by colour alone). */
export function SlaDue({ dueAt, breached }: { dueAt: string; breached: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <span className={breached ? 'sla sla-overdue' : 'sla'}>
      {breached && <strong className="badge badge-overdue">{t('sla.overdue')}</strong>}{' '}
      <time dateTime={dueAt}>{formatDate(dueAt, language)}</time>
    </span>
  );
}
