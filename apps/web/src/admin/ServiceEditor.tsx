import { POSITIONS, SUBDIVISIONS } from '@satupintu/ptsp/organisation';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';
import type { Service } from '../api/types';
import { useText } from '../i18n/use-language';
import { describedBy, FieldErrors } from '../ui/FieldErrors';
import { ProblemMessage } from '../ui/ProblemMessage';
import { catalogueApi } from './catalogue-api';
import {
  emptyDocument,
  formOf,
  formProblems,
  putBody,
  serviceCodeOf,
  type DocumentRow,
  type ServiceFormState,
} from './service-form';

interface Props {
  service: Service;
  /** A service not yet in the catalogue: its code, names, sub-division and class are asked too. */
  isNew: boolean;
  /** The catalogue version the form was filled from: the change is published on it. */
  version: number;
  onPublished(version: number, service: Service | null): void;
  /** Someone published meanwhile (409): the page reloads the latest version. */
  onStale(): void;
}

/** The form of one letter service: SLA, checklist, initials chain and signer, and why. */
export function ServiceEditor({ service, isNew, version, onPublished, onStale }: Props) {
  const { t } = useTranslation();
  const text = useText();
  const [form, setForm] = useState<ServiceFormState>(() => formOf(service));
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  const local = formProblems(form);
  if (!isNew) delete local.code;
  const server = failure instanceof ApiProblem ? failure.fields : {};
  const errorsOf = (field: string): string[] => {
    const mine =
      tried && local[field] !== undefined ? [t(`admin.catalogue.problem.${local[field]}`)] : [];
    return [...mine, ...(server[field] ?? [])];
  };
  const fieldProps = (id: string, field: string) => ({
    id,
    'aria-invalid': errorsOf(field).length > 0,
    'aria-describedby': describedBy(`${id}-errors`),
  });

  const set = <K extends keyof ServiceFormState>(field: K, value: ServiceFormState[K]) =>
    setForm((old) => ({ ...old, [field]: value }));
  const setDocument = (index: number, change: Partial<DocumentRow>) =>
    set(
      'documents',
      form.documents.map((row, i) => (i === index ? { ...row, ...change } : row)),
    );
  const setPost = (index: number, post: string) =>
    set(
      'initialsChain',
      form.initialsChain.map((p, i) => (i === index ? post : p)),
    );
  const movePostUp = (index: number) => {
    const chain = [...form.initialsChain];
    [chain[index - 1], chain[index]] = [chain[index], chain[index - 1]];
    set('initialsChain', chain);
  };
  const unusedPost = () =>
    POSITIONS.find((p) => !form.initialsChain.includes(p.title) && p.title !== form.signer)
      ?.title ?? POSITIONS[0].title;

  async function send(publish: () => Promise<{ version: number; service: Service | null }>) {
    setBusy(true);
    setFailure(undefined);
    try {
      const result = await publish();
      onPublished(result.version, result.service);
    } catch (problem) {
      if (problem instanceof ApiProblem && problem.status === 409) onStale();
      else setFailure(problem);
    } finally {
      setBusy(false);
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (Object.keys(local).length > 0) return;
    const code = isNew ? serviceCodeOf(form) : service.code;
    await send(() => catalogueApi.put(code, putBody(form, version)));
  }

  async function retire() {
    setTried(true);
    if (local.reason !== undefined) return;
    if (!window.confirm(t('admin.catalogue.confirmRetire', { name: text(service.name) }))) return;
    await send(() => catalogueApi.retire(service.code, version, form.reason));
  }

  const textField = (
    id: string,
    field: string,
    key: 'code' | 'nameId' | 'nameEn' | 'classificationCode',
    label: string,
  ) => (
    <div className="field field-grow">
      <label htmlFor={id}>{label}</label>
      <input
        {...fieldProps(id, field)}
        value={form[key]}
        onChange={(e) => set(key, e.target.value)}
      />
      <FieldErrors id={`${id}-errors`} errors={errorsOf(field)} />
    </div>
  );

  const postOptions = POSITIONS.map((position) => (
    <option key={position.title} value={position.title}>
      {position.title}
    </option>
  ));

  return (
    <form
      className="panel form catalogue-form"
      onSubmit={submit}
      noValidate
      aria-label={
        isNew
          ? t('admin.catalogue.newService')
          : t('admin.catalogue.editing', { name: text(service.name) })
      }
    >
      <h3>
        {isNew
          ? t('admin.catalogue.newService')
          : t('admin.catalogue.editing', { name: `${service.code} — ${text(service.name)}` })}
      </h3>
      {isNew && (
        <>
          <div className="field-row">
            {textField('service-code', 'code', 'code', t('admin.catalogue.serviceCode'))}
            {textField(
              'service-class',
              'classificationCode',
              'classificationCode',
              t('admin.catalogue.classificationCode'),
            )}
          </div>
          <div className="field-row">
            {textField('service-name-id', 'name.id', 'nameId', t('admin.catalogue.nameId'))}
            {textField('service-name-en', 'name.en', 'nameEn', t('admin.catalogue.nameEn'))}
          </div>
          <div className="field">
            <label htmlFor="service-subdivision">{t('admin.catalogue.subdivision')}</label>
            <select
              {...fieldProps('service-subdivision', 'subdivision')}
              value={form.subdivision}
              onChange={(e) => set('subdivision', e.target.value)}
            >
              <option value="">{t('admin.catalogue.choose')}</option>
              {SUBDIVISIONS.map((unit) => (
                <option key={unit.code} value={unit.code}>
                  {text(unit.name)}
                </option>
              ))}
            </select>
            <FieldErrors id="service-subdivision-errors" errors={errorsOf('subdivision')} />
          </div>
        </>
      )}
      <div className="field field-inline">
        <label htmlFor="service-sla">{t('admin.catalogue.sla')}</label>
        <input
          {...fieldProps('service-sla', 'slaWorkingDays')}
          type="number"
          min={1}
          step={1}
          value={form.slaWorkingDays}
          onChange={(e) => set('slaWorkingDays', e.target.value)}
        />
        <FieldErrors id="service-sla-errors" errors={errorsOf('slaWorkingDays')} />
      </div>

      <fieldset className="field catalogue-documents" aria-describedby="service-documents-errors">
        <legend>{t('admin.catalogue.documents')}</legend>
        {form.documents.map((row, i) => {
          const id = `document-${i}`;
          const number = i + 1;
          return (
            <fieldset key={i} className="catalogue-document">
              <legend>{t('admin.catalogue.documentOf', { number })}</legend>
              <div className="field-row">
                <div className="field">
                  <label htmlFor={`${id}-code`}>{t('admin.catalogue.code')}</label>
                  <input
                    {...fieldProps(`${id}-code`, `documents.${i}.code`)}
                    value={row.code}
                    onChange={(e) => setDocument(i, { code: e.target.value })}
                  />
                  <FieldErrors id={`${id}-code-errors`} errors={errorsOf(`documents.${i}.code`)} />
                </div>
                <div className="field field-grow">
                  <label htmlFor={`${id}-name-id`}>{t('admin.catalogue.nameId')}</label>
                  <input
                    {...fieldProps(`${id}-name-id`, `documents.${i}.name.id`)}
                    value={row.nameId}
                    onChange={(e) => setDocument(i, { nameId: e.target.value })}
                  />
                  <FieldErrors
                    id={`${id}-name-id-errors`}
                    errors={errorsOf(`documents.${i}.name.id`)}
                  />
                </div>
                <div className="field field-grow">
                  <label htmlFor={`${id}-name-en`}>{t('admin.catalogue.nameEn')}</label>
                  <input
                    {...fieldProps(`${id}-name-en`, `documents.${i}.name.en`)}
                    value={row.nameEn}
                    onChange={(e) => setDocument(i, { nameEn: e.target.value })}
                  />
                  <FieldErrors
                    id={`${id}-name-en-errors`}
                    errors={errorsOf(`documents.${i}.name.en`)}
                  />
                </div>
                <div className="field field-check">
                  <input
                    id={`${id}-required`}
                    type="checkbox"
                    checked={row.required}
                    onChange={(e) => setDocument(i, { required: e.target.checked })}
                  />
                  <label htmlFor={`${id}-required`}>{t('admin.catalogue.required')}</label>
                </div>
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() =>
                    set(
                      'documents',
                      form.documents.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('admin.catalogue.removeDocument', { number })}
                </button>
              </div>
              {!row.required && (
                <div className="field-row">
                  <div className="field field-grow">
                    <label htmlFor={`${id}-condition-id`}>{t('admin.catalogue.conditionId')}</label>
                    <input
                      {...fieldProps(`${id}-condition-id`, `documents.${i}.condition.id`)}
                      value={row.conditionId}
                      onChange={(e) => setDocument(i, { conditionId: e.target.value })}
                    />
                    <FieldErrors
                      id={`${id}-condition-id-errors`}
                      errors={errorsOf(`documents.${i}.condition.id`)}
                    />
                  </div>
                  <div className="field field-grow">
                    <label htmlFor={`${id}-condition-en`}>{t('admin.catalogue.conditionEn')}</label>
                    <input
                      {...fieldProps(`${id}-condition-en`, `documents.${i}.condition.en`)}
                      value={row.conditionEn}
                      onChange={(e) => setDocument(i, { conditionEn: e.target.value })}
                    />
                    <FieldErrors
                      id={`${id}-condition-en-errors`}
                      errors={errorsOf(`documents.${i}.condition.en`)}
                    />
                  </div>
                </div>
              )}
            </fieldset>
          );
        })}
        <button
          type="button"
          className="button-secondary"
          onClick={() => set('documents', [...form.documents, emptyDocument()])}
        >
          {t('admin.catalogue.addDocument')}
        </button>
        <FieldErrors id="service-documents-errors" errors={errorsOf('documents')} />
      </fieldset>

      <fieldset className="field catalogue-chain" aria-describedby="service-chain-errors">
        <legend>{t('admin.catalogue.chain')}</legend>
        <ol>
          {form.initialsChain.map((post, i) => {
            const id = `chain-${i}`;
            const number = i + 1;
            return (
              <li key={i} className="field-row">
                <div className="field field-grow">
                  <label htmlFor={id}>{t('admin.catalogue.postOf', { number })}</label>
                  <select
                    {...fieldProps(id, `initialsChain.${i}`)}
                    value={post}
                    onChange={(e) => setPost(i, e.target.value)}
                  >
                    {postOptions}
                  </select>
                  <FieldErrors id={`${id}-errors`} errors={errorsOf(`initialsChain.${i}`)} />
                </div>
                {i > 0 && (
                  <button type="button" className="button-quiet" onClick={() => movePostUp(i)}>
                    {t('admin.catalogue.moveUp', { number })}
                  </button>
                )}
                <button
                  type="button"
                  className="button-quiet"
                  onClick={() =>
                    set(
                      'initialsChain',
                      form.initialsChain.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('admin.catalogue.removePost', { number })}
                </button>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button-secondary"
          onClick={() => set('initialsChain', [...form.initialsChain, unusedPost()])}
        >
          {t('admin.catalogue.addPost')}
        </button>
        <FieldErrors id="service-chain-errors" errors={errorsOf('initialsChain')} />
      </fieldset>

      <div className="field">
        <label htmlFor="service-signer">{t('admin.catalogue.signer')}</label>
        <select
          {...fieldProps('service-signer', 'signer')}
          value={form.signer}
          onChange={(e) => set('signer', e.target.value)}
        >
          {postOptions}
        </select>
        <FieldErrors id="service-signer-errors" errors={errorsOf('signer')} />
      </div>

      <div className="field">
        <label htmlFor="service-reason">{t('admin.catalogue.reason')}</label>
        <textarea
          {...fieldProps('service-reason', 'reason')}
          rows={2}
          maxLength={500}
          value={form.reason}
          onChange={(e) => set('reason', e.target.value)}
        />
        <FieldErrors id="service-reason-errors" errors={errorsOf('reason')} />
      </div>

      {failure !== undefined && <ProblemMessage problem={failure} />}
      <div className="field-row">
        <button type="submit" className="button-primary" disabled={busy}>
          {busy ? t('admin.catalogue.publishing') : t('admin.catalogue.publish')}
        </button>
        {!isNew && (
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={() => void retire()}
          >
            {t('admin.catalogue.retire')}
          </button>
        )}
      </div>
    </form>
  );
}
