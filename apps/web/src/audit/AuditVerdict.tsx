import { useTranslation } from 'react-i18next';
import { useEventLabel } from './labels';
import { YesNo } from './YesNo';
import type { AuditReport, TimelineEntry } from './audit-api';

/**
 * The replay's verdict: valid only when every step was legal where it was taken, gave the state
 * recorded in it and links into the hash chain; where the chain breaks, if it does, and why when
 * the anchor ledger decided it (events missing after the last one shown, or a rewritten history).
 */
export function AuditVerdict({
  report,
  steps,
  onStep,
}: {
  report: AuditReport;
  steps: TimelineEntry[];
  onStep(position: number): void;
}) {
  const { t } = useTranslation();
  const eventLabel = useEventLabel();
  const positionOf = (revision: number) => steps.findIndex((step) => step.revision === revision);
  return (
    <section className="panel" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{t('audit.verdict.heading')}</h2>
      <div
        className={`notice ${report.valid ? 'notice-success' : 'notice-error'}`}
        data-testid="audit-verdict"
      >
        <p className="notice-title">
          <strong>{report.valid ? t('audit.verdict.valid') : t('audit.verdict.invalid')}</strong>
        </p>
        <p>
          {report.workflow !== null
            ? t('audit.verdict.workflow', {
                name: report.workflow.name,
                version: report.workflow.version,
              })
            : t('audit.verdict.noWorkflow')}
        </p>
        <p data-testid="audit-chain">
          {report.chain.intact
            ? t('audit.verdict.chainIntact')
            : report.chain.brokenAt !== undefined
              ? t('audit.verdict.chainBrokenAt', { revision: report.chain.brokenAt })
              : t('audit.verdict.chainBroken')}
        </p>
        {report.chain.reason !== undefined && (
          <p data-testid="audit-chain-reason">
            {t('audit.verdict.chainReason', { reason: report.chain.reason })}
          </p>
        )}
      </div>
      <details open={!report.valid}>
        <summary>{t('audit.verdict.perStep')}</summary>
        <div className="table-scroll">
          <table className="table figures-table" data-testid="audit-steps">
            <thead>
              <tr>
                <th scope="col">{t('audit.verdict.column.revision')}</th>
                <th scope="col">{t('audit.verdict.column.step')}</th>
                <th scope="col">{t('audit.verdict.column.legal')}</th>
                <th scope="col">{t('audit.verdict.column.stateMatches')}</th>
                <th scope="col">{t('audit.verdict.column.hashOk')}</th>
                <th scope="col">{t('audit.verdict.column.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {report.steps.map((step) => {
                const position = positionOf(step.revision);
                return (
                  <tr
                    key={step.revision}
                    className={step.legal && step.stateMatches && step.hashOk ? '' : 'row-missing'}
                  >
                    <th scope="row">
                      {position >= 0 ? (
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => onStep(position)}
                          aria-label={t('audit.verdict.goTo', { revision: step.revision })}
                        >
                          {step.revision}
                        </button>
                      ) : (
                        step.revision
                      )}
                    </th>
                    <td>{eventLabel(step.type)}</td>
                    <td>
                      <YesNo value={step.legal} />
                    </td>
                    <td>
                      <YesNo value={step.stateMatches} />
                    </td>
                    <td>
                      <YesNo value={step.hashOk} />
                    </td>
                    <td>
                      {step.problem ?? ''}
                      {report.chain.brokenAt === step.revision && (
                        <strong> {t('audit.verdict.breaksHere')}</strong>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
