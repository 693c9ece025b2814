import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../app/paths';
import { LanguageSwitch } from './LanguageSwitch';

/** The header of the pages open to everyone: the login form and the tracking page. */
export function PublicHeader() {
  const { t } = useTranslation();
  return (
    <header className="site-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-office">{t('app.office')}</span>
      </div>
      <nav aria-label={t('nav.public')} className="nav">
        <Link to={paths.track}>{t('nav.track')}</Link>
        <Link to={paths.login}>{t('nav.login')}</Link>
      </nav>
      <LanguageSwitch />
    </header>
  );
}
