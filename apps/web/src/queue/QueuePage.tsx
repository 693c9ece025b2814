import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveIndicator } from '../ui/LiveIndicator';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useNow } from '../ui/use-now';
import { QueueFilters } from './QueueFilters';
import { QueueList } from './QueueList';
import { filterQueue, NO_FILTER, type QueueFilter } from './queue-filter';
import { useQueue, type QueueScope } from './use-queue';

/** Kotak masuk: the files I can act on now, oldest first, live. */
export default function QueuePage() {
  const { t } = useTranslation();
  const [scope, setScope] = useState<QueueScope>('mine');
  const [filter, setFilter] = useState<QueueFilter>(NO_FILTER);
  const queue = useQueue(scope);
  const now = useNow(60_000);
  const shown = useMemo(() => filterQueue(queue.items ?? [], filter), [queue.items, filter]);

  useEffect(() => {
    document.title = t('queue.pageTitle');
  }, [t]);

  return (
    <>
      <div className="page-title">
        <h1>{scope === 'mine' ? t('queue.title') : t('queue.titleAll')}</h1>
        <LiveIndicator status={queue.live} />
      </div>
      <fieldset className="scope">
        <legend className="visually-hidden">{t('queue.scope')}</legend>
        {(['mine', 'all'] as const).map((option) => (
          <label key={option} className="scope-option">
            <input
              type="radio"
              name="scope"
              value={option}
              checked={scope === option}
              onChange={() => setScope(option)}
            />
            {t(`queue.scopes.${option}`)}
          </label>
        ))}
      </fieldset>
      {queue.error !== undefined && <ProblemMessage problem={queue.error} />}
      {queue.items === undefined ? (
        queue.error === undefined && <Loading label={t('queue.loading')} />
      ) : (
        <>
          <QueueFilters items={queue.items} filter={filter} onChange={setFilter} />
          <p className="count" role="status" aria-live="polite" data-testid="queue-count">
            {t('queue.count', { shown: shown.length, total: queue.items.length })}
          </p>
          {shown.length === 0 ? (
            <p className="empty">
              {queue.items.length === 0 ? t('queue.empty') : t('queue.noMatch')}
            </p>
          ) : (
            <QueueList items={shown} updated={queue.updated} now={now} />
          )}
        </>
      )}
    </>
  );
}
