import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { paths } from '../app/paths';
import { Loading } from '../ui/Loading';
import { useAuth } from './auth-context';

/** Staff pages: the login form first, then back to where the user was going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  const { t } = useTranslation();
  if (state.status === 'checking') return <Loading label={t('common.loading')} />;
  if (state.status === 'anonymous') {
    const from = `${location.pathname}${location.search}`;
    return <Navigate to={paths.login} replace state={{ from, expired: state.expired }} />;
  }
  return <>{children}</>;
}
