import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AuthProvider } from '../auth/AuthProvider';
import { Loading } from '../ui/Loading';
import { SkipLink } from '../ui/SkipLink';
import { FocusOnNavigation } from './FocusOnNavigation';
import { paths } from './paths';
import { StaffLayout } from './StaffLayout';

// Each page is its own chunk: the first load carries only the shell and the page asked for.
const LoginPage = lazy(() => import('../auth/LoginPage'));
const QueuePage = lazy(() => import('../queue/QueuePage'));
const ReceivePage = lazy(() => import('../receive/ReceivePage'));
const ReceiptPage = lazy(() => import('../receive/ReceiptPage'));
const CasePage = lazy(() => import('../case/CasePage'));
const TrackingPage = lazy(() => import('../tracking/TrackingPage'));
const AdminPage = lazy(() => import('../admin/AdminPage'));
const OversightPage = lazy(() => import('../oversight/OversightPage'));
const AuditArea = lazy(() => import('../audit/AuditArea'));
const NotFoundPage = lazy(() => import('./NotFoundPage'));

export function App() {
  const { t } = useTranslation();
  return (
    <BrowserRouter>
      <AuthProvider>
        <SkipLink />
        <FocusOnNavigation />
        <Suspense fallback={<Loading label={t('common.loading')} />}>
          <Routes>
            <Route path={paths.login} element={<LoginPage />} />
            <Route path={paths.track} element={<TrackingPage />} />
            <Route path={`${paths.track}/:code`} element={<TrackingPage />} />
            <Route element={<StaffLayout />}>
              <Route index element={<Navigate to={paths.queue} replace />} />
              <Route path={paths.queue} element={<QueuePage />} />
              <Route path={paths.receive} element={<ReceivePage />} />
              <Route path="/berkas/:id" element={<CasePage />} />
              <Route path="/berkas/:id/tanda-terima" element={<ReceiptPage />} />
              <Route path={`${paths.admin}/*`} element={<AdminPage />} />
              <Route path={paths.oversight} element={<OversightPage />} />
              <Route path={`${paths.audit}/*`} element={<AuditArea />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </Suspense>
      </AuthProvider>
    </BrowserRouter>
  );
}
