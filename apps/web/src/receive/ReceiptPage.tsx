import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { loadServices } from '../api/catalogue';
import { api } from '../api/client';
import { serviceOfFile } from '../api/file-service';
import { request } from '../api/problem';
import { paths } from '../app/paths';
import { formatDateTime, formatLongDate } from '../i18n/format';
import { useLanguage, useText } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { QrCode } from '../ui/QrCode';
import { useResource } from '../ui/use-resource';
import { checklistOf } from './receive-form';

async function loadReceipt(id: string) {
  const [detail, history, services] = await Promise.all([
    request(() => api.GET('/api/cases/{id}', { params: { path: { id } } })),
    request(() => api.GET('/api/cases/{id}/history', { params: { path: { id } } })),
    loadServices(),
  ]);
  return {
    detail,
    received: history[0],
    service: serviceOfFile(history, services, detail.serviceCode),
  };
}

/** Tanda terima: what the applicant takes home, printable on one page. */
export default function ReceiptPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const text = useText();
  const language = useLanguage();
  const location = useLocation();
  const justReceived = (location.state as { justReceived?: boolean } | null)?.justReceived === true;
  const receipt = useResource(() => loadReceipt(id), id);

  useEffect(() => {
    document.title = t('receipt.pageTitle');
  }, [t]);

  if (receipt.data === undefined) {
    return receipt.error !== undefined ? (
      <ProblemMessage problem={receipt.error} />
    ) : (
      <Loading label={t('common.loading')} />
    );
  }
  const { detail, received, service } = receipt.data;
  const code = detail.trackingCode ?? '';
  const trackingUrl = `${window.location.origin}${paths.trackingOf(code)}`;
  const checklist =
    service !== undefined ? checklistOf(service, detail.submittedDocuments) : undefined;

  return (
    <article className="receipt" aria-labelledby="receipt-title">
      {justReceived && (
        <p className="notice notice-success no-print" role="status">
          {t('receipt.saved')}
        </p>
      )}
      <div className="receipt-actions no-print">
        <button type="button" className="button-primary" onClick={() => window.print()}>
          {t('receipt.print')}
        </button>
        <Link to={paths.receive}>{t('receipt.another')}</Link>
        <Link to={paths.caseOf(detail.id)}>{t('receipt.openCase')}</Link>
      </div>
      <header className="receipt-header">
        <p className="receipt-office">{t('app.officeFull')}</p>
        <h1 id="receipt-title">{t('receipt.title')}</h1>
      </header>
      <div className="receipt-grid">
        <dl className="facts">
          <dt>{t('receipt.agendaNumber')}</dt>
          <dd data-testid="agenda-number">{detail.agendaNumber}</dd>
          <dt>{t('receipt.receivedAt')}</dt>
          <dd>{formatDateTime(detail.createdAt, language)}</dd>
          <dt>{t('receipt.service')}</dt>
          <dd>{text(detail.serviceName)}</dd>
          <dt>{t('receipt.applicant')}</dt>
          <dd>
            {detail.applicant.name}
            <br />
            {t('receipt.nip', { nip: detail.applicant.nip })}
            <br />
            {detail.applicant.phone}
          </dd>
          <dt>{t('receipt.standard')}</dt>
          <dd>
            {service !== undefined && t('receipt.standardDays', { days: service.slaWorkingDays })}
            <br />
            {t('receipt.expected', { date: formatLongDate(detail.sla.dueAt, language) })}
          </dd>
          {received !== undefined && (
            <>
              <dt>{t('receipt.receivedBy')}</dt>
              <dd>{received.actor.name}</dd>
            </>
          )}
        </dl>
        <div className="receipt-tracking">
          <p className="receipt-code-label">{t('receipt.trackingCode')}</p>
          <p className="tracking-code" data-testid="tracking-code">
            {code}
          </p>
          <QrCode value={trackingUrl} label={t('receipt.qrLabel', { code })} />
          <p className="hint">
            {t('receipt.trackHow', { url: `${window.location.host}${paths.track}` })}
          </p>
        </div>
      </div>
      {checklist !== undefined && (
        <section aria-labelledby="receipt-docs" className="receipt-docs">
          <h2 id="receipt-docs">{t('receipt.documents')}</h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('receipt.document')}</th>
                <th scope="col">{t('receipt.status')}</th>
              </tr>
            </thead>
            <tbody>
              {service?.documents.map((document) => {
                const handedIn = detail.submittedDocuments.includes(document.code);
                return (
                  <tr
                    key={document.code}
                    className={handedIn || !document.required ? '' : 'row-missing'}
                  >
                    <td>
                      {text(document.name)}
                      {!document.required && (
                        <span className="muted"> ({t('documents.optional')})</span>
                      )}
                    </td>
                    <td>
                      {handedIn
                        ? t('documents.handedIn')
                        : document.required
                          ? t('documents.missing')
                          : t('documents.notNeeded')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {checklist.missingRequired.length > 0 && (
            <p className="notice notice-warning" data-testid="receipt-missing">
              {t('receipt.missingRequired', {
                documents: checklist.missingRequired.map((d) => text(d.name)).join('; '),
              })}
            </p>
          )}
        </section>
      )}
      <p className="receipt-footer">{t('receipt.footer')}</p>
    </article>
  );
}
