import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Bar } from '../figures/Bar';
import { useFigures } from '../figures/use-figures';
import { formatDateTime } from '../i18n/format';
import { useLanguage, useText } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useResource } from '../ui/use-resource';
import type { Names } from './names';
import { oversightApi, type BottleneckRow, type Grouping } from './oversight-api';
import { periodKey, type PeriodChoice } from './period';

const GROUPINGS: Grouping[] = ['state', 'service', 'subdivision'];

/**
 * Time in state: per state (and service or sub-division), the files in it now and since when the
 * oldest waits, and for the stays that ended in the period their count, median, p90 and maximum.
 * Bars compare the rows: work in progress, and the median with the p90 behind it.
 */
export function BottlenecksSection({ period, names }: { period: PeriodChoice; names: Names }) {
  const { t } = useTranslation();
  const text = useText();
  const language = useLanguage();
  const figures = useFigures();
  const [grouping, setGrouping] = useState<Grouping>('state');
  const report = useResource(
    () => oversightApi.bottlenecks(period, grouping),
    `${periodKey(period)}|${grouping}`,
  );
  const rows = report.data?.rows ?? [];
  const maxWip = Math.max(0, ...rows.map((row) => row.wip.count));
  const maxP90 = Math.max(0, ...rows.map((row) => row.finished?.p90Ms ?? 0));
  const groupLabel = (row: BottleneckRow) =>
    grouping === 'service'
      ? names.service(row.serviceCode ?? '')
      : grouping === 'subdivision'
        ? names.subdivision(row.subdivision)
        : undefined;

  return (
    <section id="bottlenecks" className="panel" aria-labelledby="bottlenecks-heading">
      <h2 id="bottlenecks-heading">{t('oversight.bottlenecks.heading')}</h2>
      <p className="hint">{t('oversight.bottlenecks.explain')}</p>
      <div className="field field-inline">
        <label htmlFor="bottlenecks-grouping">{t('oversight.bottlenecks.groupBy')}</label>
        <select
          id="bottlenecks-grouping"
          value={grouping}
          onChange={(event) => setGrouping(event.target.value as Grouping)}
        >
          {GROUPINGS.map((option) => (
            <option key={option} value={option}>
              {t(`oversight.bottlenecks.groups.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {report.error !== undefined && <ProblemMessage problem={report.error} />}
      {report.data === undefined ? (
        report.error === undefined && <Loading label={t('common.loading')} />
      ) : rows.length === 0 ? (
        <p className="empty">{t('oversight.bottlenecks.empty')}</p>
      ) : (
        <>
          {report.data.quantiles === 'approximate' && (
            <p className="hint">
              {t('oversight.bottlenecks.approximate', {
                percent: figures.number(report.data.precision * 100),
              })}
            </p>
          )}
          <div className="table-scroll">
            <table className="table figures-table stack-on-phone" data-testid="bottlenecks-table">
              <caption className="visually-hidden">{t('oversight.bottlenecks.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('oversight.bottlenecks.column.state')}</th>
                  {grouping !== 'state' && (
                    <th scope="col">{t(`oversight.bottlenecks.groups.${grouping}`)}</th>
                  )}
                  <th scope="col">{t('oversight.bottlenecks.column.wip')}</th>
                  <th scope="col">{t('oversight.bottlenecks.column.oldest')}</th>
                  <th scope="col">{t('oversight.bottlenecks.column.finished')}</th>
                  <th scope="col">{t('oversight.bottlenecks.column.median')}</th>
                  <th scope="col">{t('oversight.bottlenecks.column.p90')}</th>
                  <th scope="col">{t('oversight.bottlenecks.column.max')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr
                    key={`${row.state}|${row.serviceCode ?? ''}|${row.subdivision ?? ''}`}
                    data-state={row.state}
                  >
                    <th scope="row">{text(row.stateLabel)}</th>
                    {grouping !== 'state' && (
                      <td data-label={t(`oversight.bottlenecks.groups.${grouping}`)}>
                        {groupLabel(row)}
                      </td>
                    )}
                    <td data-label={t('oversight.bottlenecks.column.wip')} className="cell-bar">
                      <span className="figure">{figures.number(row.wip.count)}</span>
                      <Bar value={row.wip.count} max={maxWip} />
                    </td>
                    <td data-label={t('oversight.bottlenecks.column.oldest')}>
                      {row.wip.oldestSince !== null ? (
                        <time dateTime={row.wip.oldestSince}>
                          {formatDateTime(row.wip.oldestSince, language)}
                        </time>
                      ) : (
                        t('figures.none')
                      )}
                    </td>
                    <td data-label={t('oversight.bottlenecks.column.finished')} className="figure">
                      {figures.number(row.finished?.count ?? 0)}
                    </td>
                    <td data-label={t('oversight.bottlenecks.column.median')} className="cell-bar">
                      {row.finished !== null ? (
                        <>
                          <span className="figure">{figures.duration(row.finished.medianMs)}</span>
                          <Bar
                            value={row.finished.medianMs}
                            ghost={row.finished.p90Ms}
                            max={maxP90}
                            tone="warn"
                          />
                        </>
                      ) : (
                        t('figures.none')
                      )}
                    </td>
                    <td data-label={t('oversight.bottlenecks.column.p90')} className="figure">
                      {row.finished !== null
                        ? figures.duration(row.finished.p90Ms)
                        : t('figures.none')}
                    </td>
                    <td data-label={t('oversight.bottlenecks.column.max')} className="figure">
                      {row.finished !== null
                        ? figures.duration(row.finished.maxMs)
                        : t('figures.none')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p className="legend-line">
            <span className="key key-brand">{t('oversight.bottlenecks.legendWip')}</span>
            <span className="key key-warn">{t('oversight.bottlenecks.legendMedian')}</span>
            <span className="key key-ghost">{t('oversight.bottlenecks.legendP90')}</span>
          </p>
        </>
      )}
    </section>
  );
}
