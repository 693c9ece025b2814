import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Route, Routes } from 'react-router-dom';
import { paths } from '../app/paths';
import { hasRole, useMe } from '../auth/auth-context';
import { AuditLog } from './AuditLog';
import { LOG_ROLES, REPLAY_ROLES } from './audit-roles';
import { CaseAudit } from './CaseAudit';
import { CaseFinder } from './CaseFinder';
import { ExportPanel } from './ExportPanel';
import './audit.css';

/**
 * Audit: a file's history replayed and proven step by step (auditors, supervisors, admins), and
 * for auditors and admins the whole log and its exports.
 */
export default function AuditArea() {
  const { t } = useTranslation();
  const me = useMe();
  if (!hasRole(me, ...REPLAY_ROLES))
    return <p className="notice notice-error">{t('problem.forbidden')}</p>;
  const readsLog = hasRole(me, ...LOG_ROLES);
  return (
    <Routes>
      <Route path="berkas/:id" element={<CaseAudit />} />
      <Route
        path="*"
        element={
          <>
            <AuditTitle />
            <h1>{t('audit.title')}</h1>
            <nav aria-label={t('audit.sections')} className="tabs">
              <NavLink to={paths.audit} end>
                {t('audit.finder.title')}
              </NavLink>
              {readsLog && <NavLink to={paths.auditLog}>{t('audit.log.title')}</NavLink>}
              {readsLog && <NavLink to={paths.auditExport}>{t('audit.export.title')}</NavLink>}
            </nav>
            <Routes>
              <Route index element={<CaseFinder />} />
              {readsLog && <Route path="log" element={<AuditLog />} />}
              {readsLog && <Route path="ekspor" element={<ExportPanel />} />}
              <Route path="*" element={<Navigate to={paths.audit} replace />} />
            </Routes>
          </>
        }
      />
    </Routes>
  );
}

function AuditTitle() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('audit.pageTitle');
  }, [t]);
  return null;
}
