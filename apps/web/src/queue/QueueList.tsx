import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { CaseItem } from '../api/types';
import { paths } from '../app/paths';
import { useText } from '../i18n/use-language';
import { Age } from '../ui/Age';
import { SlaDue } from '../ui/SlaDue';

const ROW_ESTIMATE_PX = 76;

/**
 * The queue's rows, virtualized: only the rows in view (and a few around them) are in the page,
 * so a thousand files scroll as smoothly as ten. Each row is one link to the case.
 */
export function QueueList({
  items,
  updated,
  now,
}: {
  items: CaseItem[];
  updated: ReadonlySet<string>;
  now: Date;
}) {
  const { t } = useTranslation();
  const text = useText();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE_PX,
    overscan: 6,
    getItemKey: (index) => items[index].id,
  });

  return (
    <div className="queue">
      <div className="queue-head" aria-hidden="true">
        <span>{t('queue.column.file')}</span>
        <span>{t('queue.column.applicant')}</span>
        <span>{t('queue.column.state')}</span>
        <span>{t('queue.column.age')}</span>
        <span>{t('queue.column.due')}</span>
      </div>
      <div ref={scroller} className="queue-scroller" data-testid="queue-scroller">
        <ul
          className="queue-rows"
          aria-label={t('queue.listLabel', { count: items.length })}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((row) => {
            const item = items[row.index];
            return (
              <li
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                aria-setsize={items.length}
                aria-posinset={row.index + 1}
                className={`queue-row${item.sla.breached ? ' is-overdue' : ''}`}
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <Link to={paths.caseOf(item.id)} className="queue-link" data-testid="queue-row">
                  <span className="queue-file">
                    <strong>{item.agendaNumber ?? item.id}</strong>
                    <span>{text(item.serviceName)}</span>
                  </span>
                  <span className="queue-applicant">
                    <span>{item.applicant.name}</span>
                    <span className="muted">{item.applicant.nip}</span>
                  </span>
                  <span className="queue-state">
                    {text(item.stateLabel)}
                    {updated.has(item.id) && (
                      <span className="badge badge-updated">{t('queue.updated')}</span>
                    )}
                  </span>
                  <span className="queue-age">
                    <span className="label-inline">{t('queue.column.age')} </span>
                    <Age since={item.createdAt} now={now} />
                  </span>
                  <span className="queue-due">
                    <span className="label-inline">{t('queue.column.due')} </span>
                    <SlaDue dueAt={item.sla.dueAt} breached={item.sla.breached} />
                  </span>
                </Link>
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
