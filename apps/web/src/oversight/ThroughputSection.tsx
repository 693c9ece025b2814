import { useTranslation } from 'react-i18next';
import { useFigures } from '../figures/use-figures';
import { formatDate } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useResource } from '../ui/use-resource';
import type { Names } from './names';
import { oversightApi } from './oversight-api';
import { periodKey, type PeriodChoice } from './period';
import { bucketDays, niceMax, type Bucket } from './throughput-buckets';

const FLOWS = ['received', 'completed', 'returned', 'expired', 'withdrawn'] as const;
/** The two flows drawn as columns; all five are in the tables. */
const DRAWN = ['received', 'completed'] as const;

const CHART = { height: 150, top: 10, bottom: 22, left: 30, column: 7, gap: 1, group: 20 };

/** Files received, completed, returned, expired and withdrawn, per day and per service. */
export function ThroughputSection({ period, names }: { period: PeriodChoice; names: Names }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const flow = useResource(() => oversightApi.throughput(period), periodKey(period));
  // Noon UTC: the same calendar day in every zone.
  const day = (date: string) => formatDate(`${date}T12:00:00Z`, language);

  return (
    <section id="throughput" className="panel" aria-labelledby="throughput-heading">
      <h2 id="throughput-heading">{t('oversight.throughput.heading')}</h2>
      {flow.error !== undefined && <ProblemMessage problem={flow.error} />}
      {flow.data === undefined ? (
        flow.error === undefined && <Loading label={t('common.loading')} />
      ) : (
        <>
          <ThroughputChart buckets={bucketDays(flow.data.days)} day={day} />
          {flow.data.services.length === 0 ? (
            <p className="empty">{t('oversight.throughput.none')}</p>
          ) : (
            <FlowsTable
              className="table figures-table stack-on-phone"
              testId="throughput-services"
              caption={t('oversight.throughput.perService')}
              heading={t('oversight.throughput.service')}
              rows={flow.data.services.map((service) => ({
                key: service.serviceCode,
                label: names.service(service.serviceCode),
                flows: service,
              }))}
            />
          )}
          <details className="per-day">
            <summary>{t('oversight.throughput.perDay')}</summary>
            <FlowsTable
              className="table figures-table"
              heading={t('oversight.throughput.day')}
              rows={flow.data.days.map((row) => ({
                key: row.date,
                label: day(row.date),
                flows: row,
              }))}
            />
          </details>
        </>
      )}
    </section>
  );
}

/** One row of the five flows' counts per service or per day, the flows' names as columns. */
function FlowsTable({
  className,
  testId,
  caption,
  heading,
  rows,
}: {
  className: string;
  testId?: string;
  caption?: string;
  heading: string;
  rows: Array<{ key: string; label: string; flows: Record<(typeof FLOWS)[number], number> }>;
}) {
  const { t } = useTranslation();
  const figures = useFigures();
  return (
    <div className="table-scroll">
      <table className={className} data-testid={testId}>
        {caption !== undefined && <caption>{caption}</caption>}
        <thead>
          <tr>
            <th scope="col">{heading}</th>
            {FLOWS.map((name) => (
              <th key={name} scope="col">
                {t(`oversight.throughput.flow.${name}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {FLOWS.map((name) => (
                <td
                  key={name}
                  className="figure"
                  data-label={t(`oversight.throughput.flow.${name}`)}
                >
                  {figures.number(row.flows[name])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Columns per day (or per week on long periods): received beside completed. */
function ThroughputChart({ buckets, day }: { buckets: Bucket[]; day(date: string): string }) {
  const { t } = useTranslation();
  const figures = useFigures();
  const top = niceMax(Math.max(0, ...buckets.flatMap((b) => DRAWN.map((name) => b[name]))));
  const plot = CHART.height - CHART.top - CHART.bottom;
  const width = CHART.left + buckets.length * CHART.group + 4;
  const y = (value: number) => CHART.top + plot - (value / top) * plot;
  const labelEvery = Math.ceil(buckets.length / 8);
  const totals = Object.fromEntries(
    DRAWN.map((name) => [name, buckets.reduce((sum, b) => sum + b[name], 0)]),
  ) as Record<(typeof DRAWN)[number], number>;
  const span = (bucket: Bucket) =>
    bucket.from === bucket.to ? day(bucket.from) : `${day(bucket.from)} – ${day(bucket.to)}`;

  return (
    <figure className="chart">
      <svg
        viewBox={`0 0 ${width} ${CHART.height}`}
        role="img"
        aria-labelledby="throughput-chart-title throughput-chart-desc"
        data-testid="throughput-chart"
      >
        <title id="throughput-chart-title">{t('oversight.throughput.chartTitle')}</title>
        <desc id="throughput-chart-desc">
          {t('oversight.throughput.chartDesc', {
            received: figures.number(totals.received),
            completed: figures.number(totals.completed),
          })}
        </desc>
        <line x1={CHART.left} x2={width} y1={y(0)} y2={y(0)} className="chart-axis" />
        <line x1={CHART.left} x2={width} y1={y(top)} y2={y(top)} className="chart-grid" />
        <text x={CHART.left - 4} y={y(top) + 4} textAnchor="end" className="chart-label">
          {figures.number(top)}
        </text>
        <text x={CHART.left - 4} y={y(0) + 4} textAnchor="end" className="chart-label">
          {figures.number(0)}
        </text>
        {buckets.map((bucket, index) => {
          const x = CHART.left + index * CHART.group + 3;
          return (
            <g key={bucket.from}>
              <title>
                {t('oversight.throughput.columnTitle', {
                  when: span(bucket),
                  received: figures.number(bucket.received),
                  completed: figures.number(bucket.completed),
                })}
              </title>
              {DRAWN.map((name, series) => (
                <rect
                  key={name}
                  x={x + series * (CHART.column + CHART.gap)}
                  y={y(bucket[name])}
                  width={CHART.column}
                  height={y(0) - y(bucket[name])}
                  className={`chart-column chart-${name}`}
                />
              ))}
              {index % labelEvery === 0 && (
                <text x={x} y={CHART.height - 6} className="chart-label">
                  {bucket.from.slice(8, 10)}/{bucket.from.slice(5, 7)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="legend-line">
        <span className="key key-brand">{t('oversight.throughput.flow.received')}</span>
        <span className="key key-ok">{t('oversight.throughput.flow.completed')}</span>
      </figcaption>
    </figure>
  );
}
