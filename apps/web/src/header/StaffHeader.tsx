import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { paths } from '../app/paths';
import { REPLAY_ROLES } from '../audit/audit-roles';
import { hasRole, useAuth, useMe } from '../auth/auth-context';
import { formatDateTime } from '../i18n/format';
import { useLanguage, useText } from '../i18n/use-language';
import { ANALYTICS_ROLES } from '../oversight/oversight-roles';
import { LanguageSwitch } from './LanguageSwitch';
import { roleLabel } from './role-labels';

/** Who I am, my roles, whom I act for (Plh) now, the pages I may use, language and logout. */
export function StaffHeader() {
  const { t } = useTranslation();
  const { logout } = useAuth();
  const me = useMe();
  const text = useText();
  const language = useLanguage();
  const held = me.delegations.held;
  return (
    <header className="site-header">
      <div className="brand">
        <span className="brand-name">{t('app.name')}</span>
        <span className="brand-office">{t('app.office')}</span>
      </div>
      <nav aria-label={t('nav.main')} className="nav">
        <NavLink to={paths.queue}>{t('nav.queue')}</NavLink>
        {hasRole(me, 'front_office', 'registrar') && (
          <NavLink to={paths.receive}>{t('nav.receive')}</NavLink>
        )}
        <NavLink to={paths.track}>{t('nav.track')}</NavLink>
        {hasRole(me, ...ANALYTICS_ROLES) && (
          <NavLink to={paths.oversight}>{t('oversight.nav')}</NavLink>
        )}
        {hasRole(me, ...REPLAY_ROLES) && <NavLink to={paths.audit}>{t('audit.nav')}</NavLink>}
        {hasRole(me, 'admin') && <NavLink to={paths.admin}>{t('nav.admin')}</NavLink>}
      </nav>
      <section className="who" aria-label={t('header.whoAmI')}>
        <p className="who-name" data-testid="me-name">
          {me.name}
          {me.position !== null && <span className="who-position"> · {me.position}</span>}
        </p>
        <p className="who-roles">
          <span className="visually-hidden">{t('header.roles')} </span>
          {me.roles.map((role) => text(roleLabel(role))).join(', ')}
        </p>
        {held.length > 0 && (
          <ul className="who-delegations" aria-label={t('header.actingFor')}>
            {held.map((delegation) => (
              <li key={delegation.id} className="badge badge-plh">
                {t('header.plh', {
                  official:
                    delegation.from?.position ?? delegation.from?.name ?? delegation.fromUserId,
                  until: formatDateTime(delegation.endsAt, language),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="header-tools">
        <LanguageSwitch />
        <button type="button" className="button-quiet" onClick={logout}>
          {t('header.logout')}
        </button>
      </div>
    </header>
  );
}
