import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router-dom';
import { paths } from '../app/paths';
import { hasRole, useMe } from '../auth/auth-context';
import { CatalogueAdmin } from './CatalogueAdmin';
import { DelegationsAdmin } from './DelegationsAdmin';
import { HolidaysAdmin } from './HolidaysAdmin';
import { UsersAdmin } from './UsersAdmin';

/** Administration: accounts and roles, acting officials (Plh), the holiday calendar, the service catalogue. */
export default function AdminPage() {
  const { t } = useTranslation();
  const me = useMe();
  useEffect(() => {
    document.title = t('admin.pageTitle');
  }, [t]);
  if (!hasRole(me, 'admin')) return <p className="notice notice-error">{t('problem.forbidden')}</p>;
  return (
    <>
      <h1>{t('admin.title')}</h1>
      <nav aria-label={t('admin.sections')} className="tabs">
        <NavLink to={paths.adminUsers}>{t('admin.users.title')}</NavLink>
        <NavLink to={paths.adminDelegations}>{t('admin.delegations.title')}</NavLink>
        <NavLink to={paths.adminHolidays}>{t('admin.holidays.title')}</NavLink>
        <NavLink to={paths.adminCatalogue}>{t('admin.catalogue.title')}</NavLink>
      </nav>
      <Routes>
        <Route index element={<Navigate to={paths.adminUsers} replace />} />
        <Route path="pengguna" element={<UsersAdmin />} />
        <Route path="delegasi" element={<DelegationsAdmin />} />
        <Route path="hari-libur" element={<HolidaysAdmin />} />
        <Route path="layanan" element={<CatalogueAdmin />} />
      </Routes>
    </>
  );
}
