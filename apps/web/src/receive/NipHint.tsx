import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { nipParts } from './receive-form';

/** Under the NIP field: the rule, or what a valid NIP says (so a typo in it shows). */
export function NipHint({ id, nip, today }: { id: string; nip: string; today: Date }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const parts = nipParts(nip, today);
  return (
    <span id={id} className="hint" aria-live="polite">
      {parts === undefined
        ? t('receive.nipHint')
        : t('receive.nipReads', {
            birth: formatDate(`${parts.birthDate}T12:00:00+08:00`, language),
            start: parts.serviceStart,
            sex: t(`receive.sex.${parts.sex}`),
          })}
    </span>
  );
}
