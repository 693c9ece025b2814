import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { hasRole, useMe } from '../auth/auth-context';
import { BottlenecksSection } from './BottlenecksSection';
import { HeatmapSection } from './HeatmapSection';
import { IkmSection } from './IkmSection';
import { InitialsSection } from './InitialsSection';
import { useNames } from './names';
import { ANALYTICS_ROLES } from './oversight-roles';
import { PeriodForm } from './PeriodForm';
import { officeToday, periodFromSearch, periodKey, periodToSearch } from './period';
import { SlaSection } from './SlaSection';
import { ThroughputSection } from './ThroughputSection';
import './oversight.css';

const SECTIONS = ['bottlenecks', 'initials', 'sla', 'throughput', 'heatmap', 'ikm'] as const;

/**
 * Pengawasan: where files wait and why — time in state, the officials whose initials or signature
 * files wait for, the SLA lists, throughput, the workflow as a heatmap and the satisfaction index,
 * over a period the supervisor chooses (kept in the address).
 */
export default function OversightPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [search, setSearch] = useSearchParams();
  const today = useMemo(() => officeToday(), []);
  const period = periodFromSearch(search, today);
  const names = useNames();

  useEffect(() => {
    document.title = t('oversight.pageTitle');
  }, [t]);

  if (!hasRole(me, ...ANALYTICS_ROLES))
    return <p className="notice notice-error">{t('problem.forbidden')}</p>;
  return (
    <>
      <h1>{t('oversight.title')}</h1>
      <PeriodForm
        key={periodKey(period)}
        value={period}
        services={names.services}
        onChange={(chosen) => setSearch(periodToSearch(chosen))}
      />
      <nav aria-label={t('oversight.sections')} className="section-nav">
        {SECTIONS.map((section) => (
          <a key={section} href={`#${section}`}>
            {t(`oversight.${section}.heading`)}
          </a>
        ))}
      </nav>
      <BottlenecksSection period={period} names={names} />
      <InitialsSection names={names} />
      <SlaSection period={period} names={names} />
      <ThroughputSection period={period} names={names} />
      <HeatmapSection period={period} />
      <IkmSection period={period} names={names} />
    </>
  );
}
