import { useTranslation } from 'react-i18next';
import { Bar } from '../figures/Bar';
import { useFigures } from '../figures/use-figures';
import { useText } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useResource } from '../ui/use-resource';
import type { Names } from './names';
import { oversightApi, type IkmReport } from './oversight-api';
import { periodKey, type PeriodChoice } from './period';

type Ikm = NonNullable<IkmReport['overall']>;

/**
 * The satisfaction index (IKM, PermenPANRB 14/2017: 25–100, grades A–D) of the surveys answered
 * in the period, overall and per service, with each element's average score.
 */
export function IkmSection({ period, names }: { period: PeriodChoice; names: Names }) {
  const { t } = useTranslation();
  const report = useResource(() => oversightApi.ikm(period), periodKey(period));
  const rows: Array<{ key: string; name: string; ikm: Ikm }> =
    report.data === undefined || report.data.overall === null
      ? []
      : [
          { key: '*', name: t('oversight.ikm.overall'), ikm: report.data.overall },
          ...report.data.services.map((service) => ({
            key: service.serviceCode,
            name: names.service(service.serviceCode),
            ikm: service,
          })),
        ];

  return (
    <section id="ikm" className="panel" aria-labelledby="ikm-heading">
      <h2 id="ikm-heading">{t('oversight.ikm.heading')}</h2>
      <p className="hint">{t('oversight.ikm.explain')}</p>
      {report.error !== undefined && <ProblemMessage problem={report.error} />}
      {report.data === undefined ? (
        report.error === undefined && <Loading label={t('common.loading')} />
      ) : rows.length === 0 ? (
        <p className="empty">{t('oversight.ikm.none')}</p>
      ) : (
        <div className="table-scroll">
          <table className="table figures-table stack-on-phone" data-testid="ikm-table">
            <caption className="visually-hidden">{t('oversight.ikm.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('oversight.ikm.column.service')}</th>
                <th scope="col">{t('oversight.ikm.column.respondents')}</th>
                <th scope="col">{t('oversight.ikm.column.index')}</th>
                <th scope="col">{t('oversight.ikm.column.grade')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <IkmRow key={row.key} name={row.name} ikm={row.ikm} />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function IkmRow({ name, ikm }: { name: string; ikm: Ikm }) {
  const { t } = useTranslation();
  const text = useText();
  const figures = useFigures();
  return (
    <tr>
      <th scope="row">
        {name}
        <details>
          <summary>{t('oversight.ikm.elements')}</summary>
          <ul className="ikm-elements">
            {ikm.elements.map((element) => (
              <li key={element.code}>
                {text(element.label)}:{' '}
                <span className="figure">{figures.number(element.average)}</span>
              </li>
            ))}
          </ul>
        </details>
      </th>
      <td data-label={t('oversight.ikm.column.respondents')} className="figure">
        {figures.number(ikm.respondents)}
      </td>
      <td data-label={t('oversight.ikm.column.index')} className="cell-bar">
        <span className="figure">{figures.number(ikm.index)}</span>
        <Bar value={ikm.index - 25} max={75} tone="ok" />
      </td>
      <td data-label={t('oversight.ikm.column.grade')}>
        <strong>{ikm.grade}</strong> · {text(ikm.gradeLabel)}
      </td>
    </tr>
  );
}
