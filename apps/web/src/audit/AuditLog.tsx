import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../app/paths';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { auditApi, type LogEvent, type LogFilter } from './audit-api';
import { useEventLabel } from './labels';
import { gatherLog, LOG_REQUEST } from './log-pages';
import { StreamChainCheck } from './StreamChainCheck';

/** Which part of the log: stream prefixes as GET /api/audit/log takes them. */
const KINDS = {
  all: '',
  cases: 'berkas-,konsultasi-',
  // maintenance-: the read models' rebuilds (POST /api/admin/read-models/rebuild).
  admin: 'account-,delegation-,calendar-,catalogue-,maintenance-',
  accounts: 'account-',
  delegations: 'delegation-',
  holidays: 'calendar-',
  catalogue: 'catalogue-',
} as const;
type Kind = keyof typeof KINDS;

const isCase = (stream: string) => stream.startsWith('berkas-') || stream.startsWith('konsultasi-');

interface Form {
  from: string;
  to: string;
  kind: Kind;
  stream: string;
  type: string;
}
const EMPTY: Form = { from: '', to: '', kind: 'all', stream: '', type: '' };

const toFilter = (form: Form): LogFilter => ({
  from: form.from,
  to: form.to,
  stream: form.stream.trim() !== '' ? form.stream.trim() : KINDS[form.kind],
  type: form.type.trim(),
});

/**
 * The whole log in commit order: every case's steps and every admin action (accounts and roles,
 * Plh delegations, holidays, catalogue versions) with who did it; filtered by period, kind, stream and type.
 */
export function AuditLog() {
  const { t } = useTranslation();
  const language = useLanguage();
  const eventLabel = useEventLabel();
  const [form, setForm] = useState<Form>(EMPTY);
  const [filter, setFilter] = useState<LogFilter>(toFilter(EMPTY));
  const [items, setItems] = useState<LogEvent[] | undefined>(undefined);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<unknown>(undefined);

  // A newer search makes the answers of an older one stale.
  const generation = useRef(0);

  async function load(from: string | null, shown: LogEvent[], current: LogFilter) {
    const mine = ++generation.current;
    setLoading(true);
    setProblem(undefined);
    try {
      const page = await gatherLog((at) => auditApi.log(current, at, LOG_REQUEST), from);
      if (mine !== generation.current) return;
      setItems([...shown, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      if (mine === generation.current) setProblem(error);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }

  useEffect(() => {
    setItems(undefined);
    setCursor(null);
    void load(null, [], filter);
  }, [filter]);

  function search(event: FormEvent) {
    event.preventDefault();
    setFilter(toFilter(form));
  }

  const field = (name: 'from' | 'to' | 'stream' | 'type', type = 'text') => (
    <div className="field">
      <label htmlFor={`log-${name}`}>{t(`audit.log.filter.${name}`)}</label>
      <input
        id={`log-${name}`}
        type={type}
        value={form[name]}
        onChange={(event) => setForm({ ...form, [name]: event.target.value })}
      />
    </div>
  );

  return (
    <section aria-labelledby="log-heading">
      <h2 id="log-heading">{t('audit.log.heading')}</h2>
      <p className="hint">{t('audit.log.explain')}</p>
      <form className="panel log-filters" onSubmit={search}>
        <div className="field-row">
          {field('from', 'date')}
          {field('to', 'date')}
          <div className="field">
            <label htmlFor="log-kind">{t('audit.log.filter.kind')}</label>
            <select
              id="log-kind"
              value={form.kind}
              onChange={(event) => setForm({ ...form, kind: event.target.value as Kind })}
            >
              {(Object.keys(KINDS) as Kind[]).map((kind) => (
                <option key={kind} value={kind}>
                  {t(`audit.log.kinds.${kind}`)}
                </option>
              ))}
            </select>
          </div>
          {field('stream')}
          {field('type')}
          <button type="submit" className="button-primary">
            {t('audit.log.filter.apply')}
          </button>
        </div>
      </form>
      {problem !== undefined && <ProblemMessage problem={problem} />}
      {items === undefined ? (
        problem === undefined && <Loading label={t('common.loading')} />
      ) : items.length === 0 && cursor === null ? (
        <p className="empty">{t('audit.log.none')}</p>
      ) : (
        <>
          <p className="count" role="status" aria-live="polite">
            {t('audit.log.count', { count: items.length })}
          </p>
          <div className="table-scroll">
            <table className="table figures-table log-table" data-testid="audit-log">
              <thead>
                <tr>
                  <th scope="col">{t('audit.log.column.position')}</th>
                  <th scope="col">{t('audit.log.column.when')}</th>
                  <th scope="col">{t('audit.log.column.what')}</th>
                  <th scope="col">{t('audit.log.column.who')}</th>
                  <th scope="col">{t('audit.log.column.stream')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((event) => (
                  <tr key={event.position}>
                    <td className="figure">{event.position}</td>
                    <td>
                      <time dateTime={event.occurredAt}>
                        {formatDateTime(event.occurredAt, language)}
                      </time>
                    </td>
                    <td>
                      <strong>{eventLabel(event.type)}</strong>
                      {event.stateBefore !== null && event.stateAfter !== null && (
                        <span className="muted">
                          {' '}
                          ({event.stateBefore} → {event.stateAfter})
                        </span>
                      )}
                      <details>
                        <summary>{t('audit.log.data')}</summary>
                        <pre className="json">{JSON.stringify(event.data, null, 2)}</pre>
                      </details>
                    </td>
                    <td>
                      {event.actor === null
                        ? t('figures.none')
                        : event.actor.actingFor.length > 0
                          ? t('timeline.asPlh', {
                              name: event.actor.name ?? event.actor.id,
                              official: event.actor.actingFor
                                .map((p) => p.position ?? p.name ?? p.id)
                                .join(', '),
                            })
                          : (event.actor.name ?? event.actor.id)}
                    </td>
                    <td>
                      {isCase(event.streamId) ? (
                        <Link to={paths.auditOf(event.streamId)}>
                          {t('audit.log.caseRevision', { revision: event.revision })}
                        </Link>
                      ) : (
                        <StreamChainCheck streamId={event.streamId} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {cursor !== null && items !== undefined && (
        <button
          type="button"
          className="button-secondary"
          disabled={loading}
          onClick={() => void load(cursor, items, filter)}
        >
          {loading ? t('common.loading') : t('audit.log.more')}
        </button>
      )}
    </section>
  );
}
