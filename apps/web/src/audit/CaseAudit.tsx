import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { paths } from '../app/paths';
import { useText } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useResource } from '../ui/use-resource';
import { AuditVerdict } from './AuditVerdict';
import { HistoryViews } from './HistoryViews';
import { Scrubber } from './Scrubber';
import { loadCaseAudit } from './use-case-audit';

/**
 * One file for the auditor: the replay's verdict, a scrubber that steps through the history
 * showing the machine's state and context at each step, and the history as compact lines, a
 * timeline of durations, or the events as stored.
 */
export function CaseAudit() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const text = useText();
  const audit = useResource(() => loadCaseAudit(id), id);
  const [position, setPosition] = useState<number | undefined>(undefined);
  const data = audit.data;

  useEffect(() => {
    document.title = data
      ? t('audit.case.pageTitle', { agenda: data.detail.agendaNumber ?? data.detail.id })
      : t('audit.pageTitle');
  }, [data, t]);
  // Start at the last step: the file as it stands now.
  useEffect(() => {
    if (data !== undefined) setPosition(data.steps.length - 1);
  }, [data]);

  if (data === undefined || position === undefined)
    return audit.error !== undefined ? (
      <ProblemMessage problem={audit.error} />
    ) : (
      <Loading label={t('common.loading')} />
    );

  return (
    <>
      <div className="page-title">
        <h1>
          {t('audit.case.title', { agenda: data.detail.agendaNumber ?? data.detail.id })}{' '}
          <span className="muted">· {text(data.detail.serviceName)}</span>
        </h1>
        <p className="audit-links">
          <Link to={paths.caseOf(data.detail.id)}>{t('audit.case.openCase')}</Link>
          {' · '}
          <Link to={paths.audit}>{t('audit.case.back')}</Link>
        </p>
      </div>
      <AuditVerdict report={data.report} onStep={setPosition} steps={data.steps} />
      {data.steps.length === 0 ? (
        <p className="empty">{t('audit.case.noSteps')}</p>
      ) : (
        <Scrubber
          caseId={data.detail.id}
          steps={data.steps}
          report={data.report}
          diagram={data.diagram}
          position={Math.min(position, data.steps.length - 1)}
          onMove={setPosition}
        />
      )}
      <HistoryViews
        caseId={data.detail.id}
        steps={data.steps}
        diagram={data.diagram}
        onStep={setPosition}
      />
    </>
  );
}
