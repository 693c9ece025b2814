import { useTranslation } from 'react-i18next';

/** For keyboard users: past the header straight to the page's content. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('common.skipToContent')}
    </a>
  );
}
