import { SUBDIVISIONS } from '@satupintu/ptsp/organisation';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CaseDetail } from '../api/types';
import { paths } from '../app/paths';
import { formatDateTime } from '../i18n/format';
import { useLanguage, useText } from '../i18n/use-language';
import { SlaDue } from '../ui/SlaDue';

/** The facts of the file: numbers, applicant, where it stands and who it waits for. */
export function CaseSummary({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const text = useText();
  const language = useLanguage();
  const unit = SUBDIVISIONS.find((u) => u.code === detail.subdivision);
  return (
    <section className="panel" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{t('case.summaryHeading')}</h2>
      <dl className="facts">
        <dt>{t('case.state')}</dt>
        <dd>
          <strong className="state" data-testid="case-state">
            {text(detail.stateLabel)}
          </strong>
        </dd>
        <dt>{t('case.waitingOn')}</dt>
        <dd>
          {detail.waitingOn.length === 0
            ? t('case.waitingOnNobody')
            : detail.waitingOn
                .map((person) =>
                  person.actingFor !== undefined
                    ? t('case.plhFor', {
                        name: person.name,
                        official: person.actingFor.position ?? person.actingFor.name,
                      })
                    : person.position !== null
                      ? `${person.name} (${person.position})`
                      : person.name,
                )
                .join('; ')}
        </dd>
        <dt>{t('case.agendaNumber')}</dt>
        <dd>{detail.agendaNumber}</dd>
        <dt>{t('case.trackingCode')}</dt>
        <dd>
          <code>{detail.trackingCode}</code>{' '}
          <Link to={paths.receiptOf(detail.id)}>{t('case.receiptLink')}</Link>
        </dd>
        <dt>{t('case.service')}</dt>
        <dd>{text(detail.serviceName)}</dd>
        <dt>{t('case.applicant')}</dt>
        <dd>
          {detail.applicant.name} · {t('receipt.nip', { nip: detail.applicant.nip })} ·{' '}
          {detail.applicant.phone}
        </dd>
        {unit !== undefined && (
          <>
            <dt>{t('case.subdivision')}</dt>
            <dd>{text(unit.name)}</dd>
          </>
        )}
        {detail.letterNumber !== undefined && (
          <>
            <dt>{t('case.letterNumber')}</dt>
            <dd>{detail.letterNumber}</dd>
          </>
        )}
        <dt>{t('case.received')}</dt>
        <dd>{formatDateTime(detail.createdAt, language)}</dd>
        <dt>{t('case.due')}</dt>
        <dd>
          <SlaDue dueAt={detail.sla.dueAt} breached={detail.sla.breached} />
        </dd>
      </dl>
    </section>
  );
}
