import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router-dom';
import { RequireAuth } from '../auth/RequireAuth';
import { StaffHeader } from '../header/StaffHeader';
import { Loading } from '../ui/Loading';

/** Every staff page: the header, then the page in the main landmark. */
export function StaffLayout() {
  const { t } = useTranslation();
  return (
    <RequireAuth>
      <StaffHeader />
      <main id="main" className="page">
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          <Outlet />
        </Suspense>
      </main>
    </RequireAuth>
  );
}
