import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../app/paths';
import { formatDate } from '../i18n/format';
import { useLanguage, useText } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useResource } from '../ui/use-resource';
import { auditApi } from './audit-api';

/** Finds a file to audit by agenda number, tracking code, NIP or name. */
export function CaseFinder() {
  const { t } = useTranslation();
  const text = useText();
  const language = useLanguage();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const found = useResource(() => auditApi.findCases(query), query);

  function search(event: FormEvent) {
    event.preventDefault();
    setQuery(typed);
  }

  return (
    <section aria-labelledby="finder-heading">
      <h2 id="finder-heading">{t('audit.finder.heading')}</h2>
      <form className="field-row finder-form" onSubmit={search} role="search">
        <div className="field field-grow">
          <label htmlFor="finder-query">{t('audit.finder.query')}</label>
          <input
            id="finder-query"
            value={typed}
            aria-describedby="finder-hint"
            onChange={(event) => setTyped(event.target.value)}
          />
          <span id="finder-hint" className="hint">
            {t('audit.finder.hint')}
          </span>
        </div>
        <button type="submit" className="button-primary">
          {t('audit.finder.search')}
        </button>
      </form>
      {found.error !== undefined && <ProblemMessage problem={found.error} />}
      {found.data === undefined ? (
        found.error === undefined && <Loading label={t('common.loading')} />
      ) : found.data.items.length === 0 ? (
        <p className="empty">{t('audit.finder.none')}</p>
      ) : (
        <ul className="finder-results" aria-live="polite" data-testid="finder-results">
          {found.data.items.map((item) => (
            <li key={item.id}>
              <Link to={paths.auditOf(item.id)}>
                {t('audit.finder.open', { agenda: item.agendaNumber ?? item.id })}
              </Link>
              <span className="muted">
                {' · '}
                {text(item.serviceName)} · {item.applicant.name} · {text(item.stateLabel)} ·{' '}
                {formatDate(item.createdAt, language)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
