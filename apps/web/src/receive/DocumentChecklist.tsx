import { useTranslation } from 'react-i18next';
import type { Service } from '../api/types';
import { useText } from '../i18n/use-language';

/** The service's checklist, one checkbox per document handed in. */
export function DocumentChecklist({
  service,
  submitted,
  onToggle,
  missingRequired,
  legend,
}: {
  service: Service;
  submitted: ReadonlySet<string>;
  onToggle(code: string, handedIn: boolean): void;
  missingRequired: number;
  legend?: string;
}) {
  const { t } = useTranslation();
  const text = useText();
  return (
    <fieldset className="panel checklist">
      <legend>{legend ?? t('receive.checklistHeading')}</legend>
      <ul>
        {service.documents.map((document) => {
          const id = `doc-${document.code}`;
          return (
            <li key={document.code} className="field-check">
              <input
                id={id}
                type="checkbox"
                checked={submitted.has(document.code)}
                onChange={(event) => onToggle(document.code, event.target.checked)}
                aria-describedby={document.condition ? `${id}-condition` : undefined}
              />
              <label htmlFor={id}>
                {text(document.name)}{' '}
                <span className={document.required ? 'badge badge-required' : 'badge'}>
                  {document.required ? t('documents.required') : t('documents.optional')}
                </span>
              </label>
              {document.condition && (
                <span id={`${id}-condition`} className="hint">
                  {text(document.condition)}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p className="hint" role="status" aria-live="polite">
        {missingRequired === 0
          ? t('receive.checklistComplete')
          : t('receive.checklistMissing', { count: missingRequired })}
      </p>
    </fieldset>
  );
}
