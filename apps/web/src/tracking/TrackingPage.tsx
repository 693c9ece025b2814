import { isTrackingCode, normalizeTrackingCode } from '@satupintu/ptsp/validation';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/client';
import { ApiProblem, request } from '../api/problem';
import type { PublicStatus } from '../api/types';
import { paths } from '../app/paths';
import { PublicHeader } from '../header/PublicHeader';
import { formatDateTime, formatLongDate } from '../i18n/format';
import { useLanguage, useText } from '../i18n/use-language';
import { describedBy, FieldErrors } from '../ui/FieldErrors';
import { Loading } from '../ui/Loading';
import { describeProblem } from '../ui/ProblemMessage';

type Lookup =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'found'; found: PublicStatus }
  | { status: 'failed'; message: string };

/** Lacak berkas: an applicant follows a file by the code on the receipt; no login, nothing personal. */
export default function TrackingPage() {
  const { code: codeInPath } = useParams();
  const { t } = useTranslation();
  const text = useText();
  const language = useLanguage();
  const navigate = useNavigate();
  const [input, setInput] = useState(codeInPath ?? '');
  const [formatError, setFormatError] = useState<string | null>(null);
  const [lookup, setLookup] = useState<Lookup>({ status: 'idle' });
  const result = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = t('track.pageTitle');
  }, [t]);

  useEffect(() => {
    if (codeInPath === undefined) {
      setLookup({ status: 'idle' });
      return;
    }
    const code = normalizeTrackingCode(codeInPath);
    setInput(code);
    if (!isTrackingCode(code)) {
      setFormatError(t('track.badCode'));
      setLookup({ status: 'idle' });
      return;
    }
    setFormatError(null);
    setLookup({ status: 'loading' });
    let current = true;
    request(() => api.GET('/api/track/{code}', { params: { path: { code } } })).then(
      (found) => current && setLookup({ status: 'found', found }),
      (problem: unknown) => {
        if (!current) return;
        const message =
          problem instanceof ApiProblem && problem.status === 404
            ? t('track.notFound')
            : problem instanceof ApiProblem && problem.status === 429
              ? t('track.tooMany')
              : describeProblem(problem, t);
        setLookup({ status: 'failed', message });
      },
    );
    return () => {
      current = false;
    };
  }, [codeInPath, t]);

  useEffect(() => {
    if (lookup.status === 'found' || lookup.status === 'failed') result.current?.focus();
  }, [lookup.status]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const code = normalizeTrackingCode(input);
    if (!isTrackingCode(code)) {
      setFormatError(code === '' ? t('track.enterCode') : t('track.badCode'));
      return;
    }
    setFormatError(null);
    navigate(paths.trackingOf(code));
  }

  return (
    <>
      <PublicHeader />
      <main id="main" className="page page-narrow">
        <h1>{t('track.title')}</h1>
        <p>{t('track.intro')}</p>
        <form className="form track-form" onSubmit={submit} noValidate role="search">
          <div className="field">
            <label htmlFor="tracking-code">{t('track.code')}</label>
            <input
              id="tracking-code"
              className="tracking-input"
              value={input}
              onChange={(event) => setInput(event.target.value)}
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
              aria-invalid={formatError !== null}
              aria-describedby={describedBy('tracking-code-hint', 'tracking-code-errors')}
            />
            <span id="tracking-code-hint" className="hint">
              {t('track.codeHint')}
            </span>
            <FieldErrors
              id="tracking-code-errors"
              errors={formatError !== null ? [formatError] : []}
            />
          </div>
          <button type="submit" className="button-primary">
            {t('track.submit')}
          </button>
        </form>
        <div ref={result} tabIndex={-1} className="track-result" aria-live="polite">
          {lookup.status === 'loading' && <Loading label={t('common.loading')} />}
          {lookup.status === 'failed' && (
            <p className="notice notice-error" role="alert">
              {lookup.message}
            </p>
          )}
          {lookup.status === 'found' && (
            <section aria-labelledby="track-status" className="panel" data-testid="tracking-result">
              <p className="muted">{text(lookup.found.service)}</p>
              <h2 id="track-status" data-testid="tracking-state">
                {text(lookup.found.stateLabel)}
              </h2>
              <p>
                {t('track.expected', { date: formatLongDate(lookup.found.sla.dueAt, language) })}
              </p>
              {lookup.found.missingDocuments !== undefined && (
                <div className="notice notice-warning">
                  <p>{t('track.bring')}</p>
                  <ul>
                    {lookup.found.missingDocuments.map((document) => (
                      <li key={document.code}>{text(document.name)}</li>
                    ))}
                  </ul>
                </div>
              )}
              <h3>{t('track.steps')}</h3>
              <ol className="timeline">
                {lookup.found.steps.map((step, index) => (
                  <li key={index}>
                    <strong>{text(step.label)}</strong>{' '}
                    <time className="muted" dateTime={step.at}>
                      {formatDateTime(step.at, language)}
                    </time>
                  </li>
                ))}
              </ol>
            </section>
          )}
        </div>
        <p className="hint">{t('track.scanHint')}</p>
      </main>
    </>
  );
}
