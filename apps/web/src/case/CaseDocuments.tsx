import { useTranslation } from 'react-i18next';
import type { CaseDetail, Service } from '../api/types';
import { useText } from '../i18n/use-language';

/** The service's checklist: what is in the file and what is still missing. */
export function CaseDocuments({
  detail,
  service,
}: {
  detail: CaseDetail;
  service: Service | undefined;
}) {
  const { t } = useTranslation();
  const text = useText();
  if (service === undefined) return null;
  const submitted = new Set(detail.submittedDocuments);
  return (
    <section className="panel" aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t('case.documentsHeading')}</h2>
      <ul className="documents" data-testid="case-documents">
        {service.documents.map((document) => {
          const inFile = submitted.has(document.code);
          return (
            <li
              key={document.code}
              className={inFile ? 'doc-in' : document.required ? 'doc-missing' : 'doc-absent'}
            >
              <span className="doc-mark" aria-hidden="true">
                {inFile ? '✓' : '✗'}
              </span>
              <span>
                {text(document.name)}
                <span className="visually-hidden">
                  {' '}
                  {inFile ? t('documents.handedIn') : t('documents.missing')}
                </span>
                {!document.required && <span className="muted"> ({t('documents.optional')})</span>}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
