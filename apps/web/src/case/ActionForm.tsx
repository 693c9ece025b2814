import { SUBDIVISIONS } from '@satupintu/ptsp/organisation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseDetail, Service } from '../api/types';
import { useText } from '../i18n/use-language';
import { describedBy, FieldErrors } from '../ui/FieldErrors';
import {
  ACTION_FIELDS,
  checkAction,
  initialValues,
  LINE_LENGTH,
  TEXT_LENGTH,
  type ActionField,
  type ActionFieldName,
  type ActionType,
  type ActionValues,
} from './action-forms';

/** The form of one action: its fields (or a confirmation), checked before it is sent. */
export function ActionForm({
  type,
  label,
  detail,
  service,
  busy,
  serverErrors,
  onSubmit,
  onCancel,
}: {
  type: ActionType;
  label: string;
  detail: CaseDetail;
  service: Service | undefined;
  busy: boolean;
  serverErrors: Partial<Record<string, string[]>>;
  onSubmit(values: ActionValues): void;
  onCancel(): void;
}) {
  const { t } = useTranslation();
  const text = useText();
  const [values, setValues] = useState<ActionValues>(() => initialValues(type, detail, service));
  const [tried, setTried] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const fields = ACTION_FIELDS[type];
  const problems = checkAction(type, values, detail);

  useEffect(() => heading.current?.focus(), []);

  const set = (name: ActionFieldName, value: string | string[]) =>
    setValues((old) => ({ ...old, [name]: value }));
  const errorsOf = (name: ActionFieldName): string[] => [
    ...(tried && problems[name] !== undefined ? [t(`action.problem.${problems[name]}`)] : []),
    ...(serverErrors[name] ?? []),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(problems).length > 0) return;
    onSubmit(values);
  }

  const input = (field: ActionField) => {
    const id = `action-${field.name}`;
    const errors = errorsOf(field.name);
    const common = {
      id,
      'aria-invalid': errors.length > 0,
      'aria-describedby': describedBy(`${id}-errors`),
    };
    const value = values[field.name];
    switch (field.kind) {
      case 'documents': {
        const chosen = new Set(Array.isArray(value) ? value : []);
        return (
          <fieldset className="checklist" aria-describedby={`${id}-errors`}>
            <legend>{t(`action.field.${field.name}`)}</legend>
            <ul>
              {(service?.documents ?? []).map((document) => {
                const boxId = `${id}-${document.code}`;
                return (
                  <li key={document.code} className="field-check">
                    <input
                      id={boxId}
                      type="checkbox"
                      checked={chosen.has(document.code)}
                      onChange={(event) => {
                        const next = new Set(chosen);
                        if (event.target.checked) next.add(document.code);
                        else next.delete(document.code);
                        set(field.name, [...next]);
                      }}
                    />
                    <label htmlFor={boxId}>
                      {text(document.name)}
                      {document.required && (
                        <span className="badge badge-required"> {t('documents.required')}</span>
                      )}
                    </label>
                  </li>
                );
              })}
            </ul>
            <FieldErrors id={`${id}-errors`} errors={errors} />
          </fieldset>
        );
      }
      case 'subdivision':
        return (
          <div className="field">
            <label htmlFor={id}>{t(`action.field.${field.name}`)}</label>
            <select
              {...common}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => set(field.name, e.target.value)}
            >
              <option value="">{t('action.chooseSubdivision')}</option>
              {SUBDIVISIONS.map((unit) => (
                <option key={unit.code} value={unit.code}>
                  {text(unit.name)}
                </option>
              ))}
            </select>
            <FieldErrors id={`${id}-errors`} errors={errors} />
          </div>
        );
      case 'relation':
        return (
          <fieldset className="field" aria-describedby={`${id}-errors`}>
            <legend>{t(`action.field.${field.name}`)}</legend>
            {(['self', 'representative'] as const).map((relation) => (
              <label key={relation} className="field-check">
                <input
                  type="radio"
                  name={id}
                  value={relation}
                  checked={value === relation}
                  onChange={() => set(field.name, relation)}
                />
                {t(`action.relation.${relation}`)}
              </label>
            ))}
            <FieldErrors id={`${id}-errors`} errors={errors} />
          </fieldset>
        );
      case 'text':
        return (
          <div className="field">
            <label htmlFor={id}>
              {t(`action.field.${field.name}`)}
              {!field.required && <span className="muted"> {t('common.optional')}</span>}
            </label>
            <textarea
              {...common}
              rows={3}
              maxLength={TEXT_LENGTH}
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => set(field.name, e.target.value)}
            />
            <FieldErrors id={`${id}-errors`} errors={errors} />
          </div>
        );
      case 'line':
        if (field.name === 'recipientIdNumber' && values.relation !== 'representative') return null;
        return (
          <div className="field">
            <label htmlFor={id}>{t(`action.field.${field.name}`)}</label>
            <input
              {...common}
              maxLength={LINE_LENGTH}
              autoComplete="off"
              value={typeof value === 'string' ? value : ''}
              onChange={(e) => set(field.name, e.target.value)}
            />
            <FieldErrors id={`${id}-errors`} errors={errors} />
          </div>
        );
    }
  };

  return (
    <form
      className="panel action-form"
      onSubmit={submit}
      noValidate
      aria-labelledby="action-form-heading"
    >
      <h3 id="action-form-heading" ref={heading} tabIndex={-1}>
        {label}
      </h3>
      {fields.length === 0 && <p>{t('action.confirm', { action: label })}</p>}
      {fields.map((field) => (
        <div key={field.name}>{input(field)}</div>
      ))}
      <div className="actions">
        <button
          type="submit"
          className="button-primary"
          disabled={busy}
          data-testid="action-submit"
        >
          {busy ? t('action.sending') : t('action.send', { action: label })}
        </button>
        <button type="button" className="button-quiet" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
