import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { CaseAuditLink } from '../audit/CaseAuditLink';
import { useText } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { ActionPanel } from './ActionPanel';
import { CaseDocuments } from './CaseDocuments';
import { CaseSummary } from './CaseSummary';
import { ChangeNotice } from './ChangeNotice';
import { Timeline } from './Timeline';
import { useCaseFile } from './use-case-file';
import { WorkflowDiagram } from './WorkflowDiagram';

/** A file: summary, actions, checklist, the workflow with where it stands, and its history. */
export default function CasePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const text = useText();
  const caseFile = useCaseFile(id);
  const { file, error, foreignChange } = caseFile;

  useEffect(() => {
    document.title = file
      ? t('case.pageTitle', { agenda: file.detail.agendaNumber ?? file.detail.id })
      : t('case.pageTitleLoading');
  }, [file, t]);

  if (file === undefined) {
    return error !== undefined ? (
      <ProblemMessage problem={error} />
    ) : (
      <Loading label={t('common.loading')} />
    );
  }
  const { detail, history, diagram, service } = file;
  const visited = new Set(history.flatMap((step) => [step.from, step.to]));
  return (
    <>
      <div className="page-title">
        <h1>
          {detail.agendaNumber} <span className="muted">· {text(detail.serviceName)}</span>
        </h1>
        <CaseAuditLink caseId={detail.id} />
      </div>
      {foreignChange !== undefined && (
        <ChangeNotice change={foreignChange} diagram={diagram} onDismiss={caseFile.dismissChange} />
      )}
      {error !== undefined && <ProblemMessage problem={error} />}
      {/* On a phone the diagram follows the actions; at a desk it stands beside everything. */}
      <div className="case-grid">
        <div className="case-summary">
          <CaseSummary detail={detail} />
        </div>
        <div className="case-actions">
          <ActionPanel file={file} caseFile={caseFile} />
        </div>
        <section className="panel case-diagram" aria-labelledby="diagram-heading">
          <h2 id="diagram-heading">{t('diagram.heading')}</h2>
          <WorkflowDiagram diagram={diagram} current={detail.state} visited={visited} />
        </section>
        <div className="case-documents">
          <CaseDocuments detail={detail} service={service} />
        </div>
        <div className="case-timeline">
          <Timeline history={history} diagram={diagram} service={service} />
        </div>
      </div>
    </>
  );
}
