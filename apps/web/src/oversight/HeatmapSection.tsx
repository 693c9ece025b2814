import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { loadWorkflow } from '../api/catalogue';
import type { WorkflowDiagram as WorkflowDiagramShape } from '../api/types';
import { WorkflowDiagram, type DiagramOverlay } from '../case/WorkflowDiagram';
import { useFigures } from '../figures/use-figures';
import { useText } from '../i18n/use-language';
import { FieldErrors } from '../ui/FieldErrors';
import { InputField } from '../ui/InputField';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useResource } from '../ui/use-resource';
import { oversightApi, type Heatmap, type HeatMetric } from './oversight-api';
import { checkThresholds, periodKey, type PeriodChoice } from './period';

const METRICS: HeatMetric[] = ['median', 'p90', 'wip'];
/** Starting thresholds: a day and three days of waiting; five and ten files in a state. */
const DEFAULTS: Record<HeatMetric, [string, string]> = {
  median: ['24', '72'],
  p90: ['24', '72'],
  wip: ['5', '10'],
};
const HOUR_MS = 3_600_000;

interface Choice {
  metric: HeatMetric;
  thresholds: number[];
}

/**
 * The workflow diagram as a heatmap: each state coloured by its median (or p90) waiting time in
 * the period, or by the files in it now, against thresholds the supervisor chooses.
 */
export function HeatmapSection({ period }: { period: PeriodChoice }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<Choice>({ metric: 'median', thresholds: [24, 72] });
  const [metric, setMetric] = useState<HeatMetric>('median');
  const [attention, setAttention] = useState(DEFAULTS.median[0]);
  const [critical, setCritical] = useState(DEFAULTS.median[1]);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const heat = useResource(
    () => oversightApi.heatmap(period, choice.metric, choice.thresholds),
    `${periodKey(period)}|${choice.metric}|${choice.thresholds.join(',')}`,
  );
  const diagram = useResource(() => loadWorkflow('berkas'), 'berkas');

  function chooseMetric(next: HeatMetric) {
    setMetric(next);
    setAttention(DEFAULTS[next][0]);
    setCritical(DEFAULTS[next][1]);
  }

  function apply(event: FormEvent) {
    event.preventDefault();
    const checked = checkThresholds(attention, critical);
    if ('problem' in checked) {
      setProblem(t(`oversight.heatmap.problem.${checked.problem}`));
      return;
    }
    setProblem(undefined);
    setChoice({ metric, thresholds: checked.thresholds });
  }

  const unit = metric === 'wip' ? 'files' : 'hours';
  return (
    <section id="heatmap" className="panel" aria-labelledby="heatmap-heading">
      <h2 id="heatmap-heading">{t('oversight.heatmap.heading')}</h2>
      <p className="hint">{t('oversight.heatmap.explain')}</p>
      <form className="field-row heatmap-form" onSubmit={apply} noValidate>
        <div className="field">
          <label htmlFor="heatmap-metric">{t('oversight.heatmap.metric')}</label>
          <select
            id="heatmap-metric"
            value={metric}
            onChange={(event) => chooseMetric(event.target.value as HeatMetric)}
          >
            {METRICS.map((option) => (
              <option key={option} value={option}>
                {t(`oversight.heatmap.metrics.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <InputField
          id="heatmap-attention"
          inputMode="decimal"
          label={t(`oversight.heatmap.attention.${unit}`)}
          value={attention}
          onValue={setAttention}
          errorsId={problem !== undefined ? 'heatmap-errors' : undefined}
        />
        <InputField
          id="heatmap-critical"
          inputMode="decimal"
          label={t(`oversight.heatmap.critical.${unit}`)}
          value={critical}
          onValue={setCritical}
          errorsId={problem !== undefined ? 'heatmap-errors' : undefined}
        />
        <button type="submit" className="button-secondary">
          {t('oversight.heatmap.apply')}
        </button>
      </form>
      <FieldErrors id="heatmap-errors" errors={problem !== undefined ? [problem] : []} />
      {(heat.error ?? diagram.error) !== undefined && (
        <ProblemMessage problem={heat.error ?? diagram.error} />
      )}
      {heat.data === undefined || diagram.data === undefined ? (
        heat.error === undefined &&
        diagram.error === undefined && <Loading label={t('common.loading')} />
      ) : (
        <HeatmapFigure heat={heat.data} diagram={diagram.data} />
      )}
    </section>
  );
}

function HeatmapFigure({ heat, diagram }: { heat: Heatmap; diagram: WorkflowDiagramShape }) {
  const { t } = useTranslation();
  const text = useText();
  const figures = useFigures();
  const byState = new Map(heat.states.map((state) => [state.state, state]));
  // Files in a state show as the bare number: the legend says what it counts.
  const show = (value: number) =>
    heat.unit === 'files' ? figures.number(value) : figures.duration(value * HOUR_MS);
  const threshold = (value: number) =>
    heat.unit === 'files' ? figures.number(value) : figures.duration(value * HOUR_MS);
  const levelName = (level: number | null) =>
    level === null
      ? t('oversight.heatmap.level.none')
      : t(`oversight.heatmap.level.${Math.min(level, 2) as 0 | 1 | 2}`);
  const described = heat.states
    .filter((state) => state.value !== null)
    .map((state) => `${text(state.label)}: ${show(state.value!)} (${levelName(state.level)})`)
    .join('; ');

  const overlay: DiagramOverlay = {
    stateClass: (name) => {
      const level = byState.get(name)?.level;
      return level === null || level === undefined ? 'heat-none' : `heat-${Math.min(level, 2)}`;
    },
    badge: (name) => {
      const value = byState.get(name)?.value;
      return value === null || value === undefined ? undefined : show(value);
    },
    description: t('oversight.heatmap.description', {
      metric: t(`oversight.heatmap.metrics.${heat.metric as HeatMetric}`),
      states: described,
    }),
    legend: (
      <>
        <span className="legend heat-key-0">
          {t('oversight.heatmap.below', { value: threshold(heat.thresholds[0]) })}
        </span>
        {heat.thresholds.map((value, index) => (
          <span key={value} className={`legend heat-key-${Math.min(index + 1, 2)}`}>
            {t('oversight.heatmap.from', { value: threshold(value) })}
          </span>
        ))}
        <span className="legend heat-key-none">{t('oversight.heatmap.level.none')}</span>
      </>
    ),
  };

  return (
    <div className="heatmap" data-testid="heatmap">
      <WorkflowDiagram diagram={diagram} current="" visited={new Set()} overlay={overlay} />
      <details>
        <summary>{t('oversight.heatmap.asTable')}</summary>
        <div className="table-scroll">
          <table className="table figures-table">
            <thead>
              <tr>
                <th scope="col">{t('oversight.bottlenecks.column.state')}</th>
                <th scope="col">{t(`oversight.heatmap.metrics.${heat.metric as HeatMetric}`)}</th>
                <th scope="col">{t('oversight.heatmap.levelColumn')}</th>
              </tr>
            </thead>
            <tbody>
              {heat.states.map((state) => (
                <tr key={state.state} data-state={state.state} data-level={state.level ?? ''}>
                  <th scope="row">{text(state.label)}</th>
                  <td className="figure">
                    {state.value === null ? t('figures.none') : show(state.value)}
                  </td>
                  <td>{levelName(state.level)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </div>
  );
}
