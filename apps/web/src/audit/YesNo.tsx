import { useTranslation } from 'react-i18next';
import '../figures/figures.css';

/** ✓ ya / ✗ tidak: in words as well as in colour. */
export function YesNo({ value }: { value: boolean }) {
  const { t } = useTranslation();
  return value ? (
    <span className="yes">
      <span aria-hidden="true">✓ </span>
      {t('audit.yes')}
    </span>
  ) : (
    <span className="no">
      <span aria-hidden="true">✗ </span>
      {t('audit.no')}
    </span>
  );
}
