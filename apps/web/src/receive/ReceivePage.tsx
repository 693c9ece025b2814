import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router-dom';
import { loadServices } from '../api/catalogue';
import { api } from '../api/client';
import { newIdempotencyKey } from '../api/idempotency';
import { ApiProblem, request } from '../api/problem';
import { paths } from '../app/paths';
import { hasRole, useMe } from '../auth/auth-context';
import { useText } from '../i18n/use-language';
import { describedBy, FieldErrors } from '../ui/FieldErrors';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useResource } from '../ui/use-resource';
import { DocumentChecklist } from './DocumentChecklist';
import { NipHint } from './NipHint';
import {
  checkReceiveForm,
  checklistOf,
  EMPTY_RECEIVE_FORM,
  hasProblems,
  NOTE_LENGTH,
  toCreateCase,
  type FieldProblem,
  type ReceiveValues,
} from './receive-form';

type Field = 'serviceCode' | 'nip' | 'name' | 'phone';
const SERVER_FIELDS: Record<string, Field> = {
  serviceCode: 'serviceCode',
  'applicant.nip': 'nip',
  'applicant.name': 'name',
  'applicant.phone': 'phone',
};

/** Penerimaan berkas: the front office receives a file and prints the receipt. */
export default function ReceivePage() {
  const { t } = useTranslation();
  const text = useText();
  const me = useMe();
  const navigate = useNavigate();
  const services = useResource(loadServices, 'services');
  const [values, setValues] = useState<ReceiveValues>(EMPTY_RECEIVE_FORM);
  const [touched, setTouched] = useState<ReadonlySet<Field>>(new Set());
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string[]>>>({});
  const [failure, setFailure] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);
  // One key per filled-in form: a double click or a retry after a lost answer receives it once.
  const idempotencyKey = useRef(newIdempotencyKey());
  const today = useMemo(() => new Date(), []);

  useEffect(() => {
    document.title = t('receive.pageTitle');
  }, [t]);

  const service = services.data?.find((s) => s.code === values.serviceCode);
  const problems = checkReceiveForm(values, today);
  const words = (list: FieldProblem[] | undefined): string[] =>
    (list ?? []).map((p) => ('key' in p ? t(`receive.problem.${p.key}`) : text(p.text)));
  const errorsOf = (field: Field): string[] => [
    ...(touched.has(field) ? words(problems[field]) : []),
    ...(serverErrors[field] ?? []),
  ];

  if (!hasRole(me, 'front_office', 'registrar')) return <Navigate to={paths.queue} replace />;

  const change = (field: keyof ReceiveValues, value: string) => {
    setValues((old) => ({ ...old, [field]: value }));
    if (field !== 'note') setTouched((old) => new Set(old).add(field as Field));
    setServerErrors((old) => ({ ...old, [field]: [] }));
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setTouched(new Set<Field>(['serviceCode', 'nip', 'name', 'phone']));
    if (hasProblems(problems) || service === undefined) {
      const first = (['serviceCode', 'nip', 'name', 'phone'] as const).find(
        (field) => (problems[field]?.length ?? 0) > 0,
      );
      if (first !== undefined) document.getElementById(`receive-${first}`)?.focus();
      return;
    }
    setBusy(true);
    setFailure(undefined);
    try {
      const created = await request(() =>
        api.POST('/api/cases', {
          body: toCreateCase(values, service),
          params: { header: { 'Idempotency-Key': idempotencyKey.current } },
        }),
      );
      navigate(paths.receiptOf(created.id), { state: { justReceived: true } });
    } catch (problem) {
      setBusy(false);
      if (problem instanceof ApiProblem && problem.status === 400) {
        const mapped: Partial<Record<Field, string[]>> = {};
        for (const [path, messages] of Object.entries(problem.fields)) {
          const field = SERVER_FIELDS[path];
          if (field !== undefined) mapped[field] = messages;
        }
        setServerErrors(mapped);
      }
      setFailure(problem);
    }
  }

  if (services.data === undefined) {
    return services.error !== undefined ? (
      <ProblemMessage problem={services.error} />
    ) : (
      <Loading label={t('common.loading')} />
    );
  }

  const checklist = service !== undefined ? checklistOf(service, values.submitted) : undefined;
  const fieldProps = (field: Field, hint?: string) => {
    const errors = errorsOf(field);
    return {
      id: `receive-${field}`,
      'aria-invalid': errors.length > 0,
      'aria-describedby': describedBy(hint, `receive-${field}-errors`),
    };
  };

  return (
    <>
      <h1>{t('receive.title')}</h1>
      <form className="form form-wide" onSubmit={submit} noValidate>
        <section aria-labelledby="receive-service-heading" className="panel">
          <h2 id="receive-service-heading">{t('receive.serviceHeading')}</h2>
          <div className="field">
            <label htmlFor="receive-serviceCode">{t('receive.service')}</label>
            <select
              {...fieldProps('serviceCode')}
              value={values.serviceCode}
              onChange={(event) => {
                change('serviceCode', event.target.value);
                setValues((old) => ({ ...old, submitted: new Set() }));
              }}
            >
              <option value="">{t('receive.chooseService')}</option>
              {services.data.map((s) => (
                <option key={s.code} value={s.code}>
                  {text(s.name)}
                </option>
              ))}
            </select>
            <FieldErrors id="receive-serviceCode-errors" errors={errorsOf('serviceCode')} />
          </div>
          {service !== undefined && (
            <p className="hint">{t('receive.standard', { days: service.slaWorkingDays })}</p>
          )}
        </section>

        {service !== undefined && checklist !== undefined && (
          <DocumentChecklist
            service={service}
            submitted={values.submitted}
            onToggle={(code, on) =>
              setValues((old) => {
                const submitted = new Set(old.submitted);
                if (on) submitted.add(code);
                else submitted.delete(code);
                return { ...old, submitted };
              })
            }
            missingRequired={checklist.missingRequired.length}
          />
        )}

        <section aria-labelledby="receive-applicant-heading" className="panel">
          <h2 id="receive-applicant-heading">{t('receive.applicantHeading')}</h2>
          <div className="field">
            <label htmlFor="receive-nip">{t('receive.nip')}</label>
            <input
              {...fieldProps('nip', 'receive-nip-hint')}
              inputMode="numeric"
              autoComplete="off"
              value={values.nip}
              onChange={(event) => change('nip', event.target.value)}
            />
            <NipHint id="receive-nip-hint" nip={values.nip} today={today} />
            <FieldErrors id="receive-nip-errors" errors={errorsOf('nip')} />
          </div>
          <div className="field">
            <label htmlFor="receive-name">{t('receive.name')}</label>
            <input
              {...fieldProps('name')}
              autoComplete="off"
              value={values.name}
              onChange={(event) => change('name', event.target.value)}
            />
            <FieldErrors id="receive-name-errors" errors={errorsOf('name')} />
          </div>
          <div className="field">
            <label htmlFor="receive-phone">{t('receive.phone')}</label>
            <input
              {...fieldProps('phone', 'receive-phone-hint')}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              value={values.phone}
              onChange={(event) => change('phone', event.target.value)}
            />
            <span id="receive-phone-hint" className="hint">
              {t('receive.phoneHint')}
            </span>
            <FieldErrors id="receive-phone-errors" errors={errorsOf('phone')} />
          </div>
          <div className="field">
            <label htmlFor="receive-note">{t('receive.note')}</label>
            <textarea
              id="receive-note"
              rows={2}
              maxLength={NOTE_LENGTH}
              value={values.note}
              onChange={(event) => change('note', event.target.value)}
            />
          </div>
        </section>

        {failure !== undefined && <ProblemMessage problem={failure} />}
        <div className="actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {busy ? t('receive.saving') : t('receive.save')}
          </button>
        </div>
      </form>
    </>
  );
}
