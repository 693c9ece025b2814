import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../app/paths';
import { hasRole, useMe } from '../auth/auth-context';
import { REPLAY_ROLES } from './audit-roles';

/** On the case page, for those who may replay it: the way to its audit. */
export function CaseAuditLink({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  if (!hasRole(me, ...REPLAY_ROLES)) return null;
  return (
    <Link
      to={paths.auditOf(caseId)}
      className="button-secondary audit-link"
      data-testid="case-audit-link"
    >
      {t('audit.case.auditThis')}
    </Link>
  );
}
