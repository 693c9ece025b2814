import { useTranslation } from 'react-i18next';
import type { CaseItem } from '../api/types';
import { useText } from '../i18n/use-language';
import { choicesOf, type QueueFilter } from './queue-filter';

/** Search and filters; each change narrows the list at once. */
export function QueueFilters({
  items,
  filter,
  onChange,
}: {
  items: readonly CaseItem[];
  filter: QueueFilter;
  onChange(filter: QueueFilter): void;
}) {
  const { t } = useTranslation();
  const text = useText();
  const { services, states } = choicesOf(items);
  const set = (change: Partial<QueueFilter>) => onChange({ ...filter, ...change });
  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <div className="field field-grow">
        <label htmlFor="queue-search">{t('queue.search')}</label>
        <input
          id="queue-search"
          type="search"
          value={filter.search}
          onChange={(event) => set({ search: event.target.value })}
          aria-describedby="queue-search-hint"
        />
        <span id="queue-search-hint" className="hint">
          {t('queue.searchHint')}
        </span>
      </div>
      <div className="field">
        <label htmlFor="queue-service">{t('queue.service')}</label>
        <select
          id="queue-service"
          value={filter.serviceCode}
          onChange={(event) => set({ serviceCode: event.target.value })}
        >
          <option value="">{t('queue.any')}</option>
          {[...services].map(([code, name]) => (
            <option key={code} value={code}>
              {text(name)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-state">{t('queue.state')}</label>
        <select
          id="queue-state"
          value={filter.state}
          onChange={(event) => set({ state: event.target.value })}
        >
          <option value="">{t('queue.any')}</option>
          {[...states].map(([code, label]) => (
            <option key={code} value={code}>
              {text(label)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-check">
        <input
          id="queue-overdue"
          type="checkbox"
          checked={filter.overdueOnly}
          onChange={(event) => set({ overdueOnly: event.target.checked })}
        />
        <label htmlFor="queue-overdue">{t('queue.overdueOnly')}</label>
      </div>
    </form>
  );
}
