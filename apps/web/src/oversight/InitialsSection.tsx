import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../app/paths';
import { Bar } from '../figures/Bar';
import { useFigures, type Figures } from '../figures/use-figures';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useResource } from '../ui/use-resource';
import type { Names } from './names';
import { oversightApi, type OfficialWaits } from './oversight-api';

/** The oldest files listed under each official. */
const FILES_PER_OFFICIAL = 10;

/**
 * The paper's bottleneck on one screen: per official (post), how many files wait for their
 * initials or signature, since when, the longest wait first, and whether an acting official (Plh)
 * covers the post now.
 */
export function InitialsSection({ names }: { names: Names }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figures = useFigures();
  const waits = useResource(() => oversightApi.initials(FILES_PER_OFFICIAL), 'initials');
  const officials = waits.data?.officials ?? [];
  const most = Math.max(0, ...officials.map((official) => official.count));

  return (
    <section id="initials" className="panel" aria-labelledby="initials-heading">
      <h2 id="initials-heading">{t('oversight.initials.heading')}</h2>
      <p className="hint">{t('oversight.initials.explain')}</p>
      {waits.error !== undefined && <ProblemMessage problem={waits.error} />}
      {waits.data === undefined ? (
        waits.error === undefined && <Loading label={t('common.loading')} />
      ) : officials.length === 0 ? (
        <p className="empty">{t('oversight.initials.none')}</p>
      ) : (
        <>
          <p className="hint">
            {t('oversight.initials.asOf', { time: formatDateTime(waits.data.asOf, language) })}
          </p>
          <div className="table-scroll">
            <table className="table figures-table stack-on-phone" data-testid="initials-table">
              <caption className="visually-hidden">{t('oversight.initials.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('oversight.initials.column.post')}</th>
                  <th scope="col">{t('oversight.initials.column.count')}</th>
                  <th scope="col">{t('oversight.initials.column.since')}</th>
                  <th scope="col">{t('oversight.initials.column.longest')}</th>
                  <th scope="col">{t('oversight.initials.column.delegation')}</th>
                </tr>
              </thead>
              <tbody>
                {officials.map((official) => (
                  <OfficialRow
                    key={official.post}
                    official={official}
                    most={most}
                    names={names}
                    figures={figures}
                  />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function OfficialRow({
  official,
  most,
  names,
  figures,
}: {
  official: OfficialWaits;
  most: number;
  names: Names;
  figures: Figures;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const people = official.officials.map((person) => person.name).join(', ');
  return (
    <tr data-testid="official-waits" data-post={official.post}>
      <th scope="row">
        <span className="official-post">{official.post}</span>
        <span className="official-people">
          {people !== '' ? people : t('oversight.initials.vacant')}
        </span>
        <details className="official-files">
          <summary>{t('oversight.initials.showFiles', { count: official.files.length })}</summary>
          <ol>
            {official.files.map((file) => (
              <li key={file.caseId}>
                <Link to={paths.caseOf(file.caseId)}>{file.agendaNumber ?? file.caseId}</Link>{' '}
                {t('oversight.initials.file', {
                  service: names.service(file.serviceCode),
                  what: t(
                    `oversight.initials.state.${file.state === 'signature' ? 'signature' : 'initials'}`,
                  ),
                  since: formatDateTime(file.since, language),
                  wait: figures.duration(file.waitingMs),
                })}
              </li>
            ))}
          </ol>
        </details>
      </th>
      <td data-label={t('oversight.initials.column.count')} className="cell-bar">
        <span className="figure" data-testid="official-count">
          {figures.number(official.count)}
        </span>
        <Bar value={official.count} max={most} tone="bad" />
      </td>
      <td data-label={t('oversight.initials.column.since')}>
        <time dateTime={official.oldestSince}>
          {formatDateTime(official.oldestSince, language)}
        </time>
      </td>
      <td data-label={t('oversight.initials.column.longest')} className="figure">
        {figures.duration(official.longestWaitMs)}
      </td>
      <td data-label={t('oversight.initials.column.delegation')} data-testid="official-delegation">
        {official.delegation !== null ? (
          <span className="yes">
            {t('oversight.initials.plh', {
              name: official.delegation.acting.name,
              until: formatDateTime(official.delegation.endsAt, language),
            })}
          </span>
        ) : (
          <span className="muted">{t('oversight.initials.noPlh')}</span>
        )}
      </td>
    </tr>
  );
}
