import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../app/paths';
import { Bar } from '../figures/Bar';
import { useFigures } from '../figures/use-figures';
import { formatDateTime } from '../i18n/format';
import { useLanguage, useText } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useResource } from '../ui/use-resource';
import type { Names } from './names';
import { oversightApi, type SlaFile, type SlaList, type SlaPage } from './oversight-api';
import { periodKey, type PeriodChoice } from './period';

/**
 * The completion promise on working days: per service, clocks running, paused (returned to the
 * applicant), breached, due soon and the on-time rate of the period's completions; then the
 * breached files (most overdue first) and those due within two working days (soonest first).
 */
export function SlaSection({ period, names }: { period: PeriodChoice; names: Names }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figures = useFigures();
  const sla = useResource(() => oversightApi.sla(period), periodKey(period));
  const services = sla.data?.services ?? [];
  const mostRunning = Math.max(0, ...services.map((s) => s.running + s.paused));

  return (
    <section id="sla" className="panel" aria-labelledby="sla-heading">
      <h2 id="sla-heading">{t('oversight.sla.heading')}</h2>
      <p className="hint">{t('oversight.sla.explain')}</p>
      {sla.error !== undefined && <ProblemMessage problem={sla.error} />}
      {sla.data === undefined ? (
        sla.error === undefined && <Loading label={t('common.loading')} />
      ) : (
        <>
          {services.length === 0 ? (
            <p className="empty">{t('oversight.sla.noServices')}</p>
          ) : (
            <div className="table-scroll">
              <table className="table figures-table stack-on-phone" data-testid="sla-services">
                <caption className="visually-hidden">{t('oversight.sla.perService')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('oversight.sla.column.service')}</th>
                    <th scope="col">{t('oversight.sla.column.running')}</th>
                    <th scope="col">{t('oversight.sla.column.paused')}</th>
                    <th scope="col">{t('oversight.sla.column.breached')}</th>
                    <th scope="col">{t('oversight.sla.column.dueSoon')}</th>
                    <th scope="col">{t('oversight.sla.column.completed')}</th>
                    <th scope="col">{t('oversight.sla.column.onTime')}</th>
                  </tr>
                </thead>
                <tbody>
                  {services.map((service) => (
                    <tr key={service.serviceCode}>
                      <th scope="row">{names.service(service.serviceCode)}</th>
                      <td data-label={t('oversight.sla.column.running')} className="cell-bar">
                        <span className="figure">{figures.number(service.running)}</span>
                        <Bar value={service.running} max={mostRunning} />
                      </td>
                      <td data-label={t('oversight.sla.column.paused')} className="figure">
                        {figures.number(service.paused)}
                      </td>
                      <td
                        data-label={t('oversight.sla.column.breached')}
                        className={`figure${service.breached > 0 ? ' no' : ''}`}
                      >
                        {figures.number(service.breached)}
                      </td>
                      <td data-label={t('oversight.sla.column.dueSoon')} className="figure">
                        {figures.number(service.dueSoon)}
                      </td>
                      <td data-label={t('oversight.sla.column.completed')} className="figure">
                        {t('oversight.sla.completedLate', {
                          completed: figures.number(service.completed),
                          late: figures.number(service.completedLate),
                        })}
                      </td>
                      <td data-label={t('oversight.sla.column.onTime')} className="cell-bar">
                        {service.onTimeRate !== null ? (
                          <>
                            <span className="figure">{figures.percent(service.onTimeRate)}</span>
                            <Bar value={service.onTimeRate} max={1} tone="ok" />
                          </>
                        ) : (
                          t('figures.none')
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p className="hint">
            {t('oversight.sla.dueSoonUntil', {
              days: sla.data.dueSoonWorkingDays,
              until: formatDateTime(sla.data.dueSoonUntil, language),
            })}
          </p>
          <div className="sla-lists">
            <SlaFiles list="breached" first={sla.data.breached} period={period} names={names} />
            <SlaFiles list="due-soon" first={sla.data.dueSoon} period={period} names={names} />
          </div>
        </>
      )}
    </section>
  );
}

function SlaFiles({
  list,
  first,
  period,
  names,
}: {
  list: SlaList;
  first: SlaPage;
  period: PeriodChoice;
  names: Names;
}) {
  const { t } = useTranslation();
  const text = useText();
  const language = useLanguage();
  const figures = useFigures();
  const [items, setItems] = useState<SlaFile[]>(first.items);
  const [cursor, setCursor] = useState<string | null>(first.nextCursor);
  const [loading, setLoading] = useState(false);
  const [problem, setProblem] = useState<unknown>(undefined);
  useEffect(() => {
    setItems(first.items);
    setCursor(first.nextCursor);
  }, [first]);

  async function more() {
    if (cursor === null) return;
    setLoading(true);
    setProblem(undefined);
    try {
      const page = await oversightApi.slaMore(list, cursor, period.serviceCode);
      setItems((shown) => [...shown, ...page.items]);
      setCursor(page.nextCursor);
    } catch (error) {
      setProblem(error);
    } finally {
      setLoading(false);
    }
  }

  const key = list === 'breached' ? 'breached' : 'dueSoon';
  return (
    <section className="sla-list" aria-labelledby={`sla-${list}-heading`}>
      <h3 id={`sla-${list}-heading`}>{t(`oversight.sla.${key}.heading`)}</h3>
      {items.length === 0 ? (
        <p className="empty">{t(`oversight.sla.${key}.none`)}</p>
      ) : (
        <ol className="file-list" data-testid={`sla-${list}`}>
          {items.map((file) => (
            <li key={file.caseId}>
              <Link to={paths.caseOf(file.caseId)}>{file.agendaNumber ?? file.caseId}</Link>
              <span className="muted">
                {' · '}
                {names.service(file.serviceCode)} · {text(file.stateLabel)}
              </span>
              <span className="file-list-figure">
                {t('oversight.sla.due', { date: formatDateTime(file.dueAt, language) })}
                {' · '}
                {list === 'breached'
                  ? t('oversight.sla.overdueBy', {
                      time: figures.workingDays(file.overdueWorkingMs ?? 0),
                    })
                  : t('oversight.sla.left', {
                      time: figures.workingDays(file.remainingWorkingMs ?? 0),
                    })}
              </span>
            </li>
          ))}
        </ol>
      )}
      {problem !== undefined && <ProblemMessage problem={problem} />}
      {cursor !== null && (
        <button type="button" className="button-secondary" onClick={more} disabled={loading}>
          {loading ? t('common.loading') : t('oversight.sla.more')}
        </button>
      )}
    </section>
  );
}
