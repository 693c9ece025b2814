import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowDiagram } from '../api/types';
import { actorOf } from '../case/what-changed';
import { Bar } from '../figures/Bar';
import { useFigures } from '../figures/use-figures';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useResource } from '../ui/use-resource';
import { auditApi, type TimelineEntry } from './audit-api';
import { useEventLabel, useWorkflowLabels } from './labels';

const VIEWS = ['compact', 'timeline', 'raw'] as const;
type View = (typeof VIEWS)[number];

/** The history three ways: one line per step, the time between steps, the events as stored. */
export function HistoryViews({
  caseId,
  steps,
  diagram,
  onStep,
}: {
  caseId: string;
  steps: TimelineEntry[];
  diagram: WorkflowDiagram;
  onStep(position: number): void;
}) {
  const { t } = useTranslation();
  const [view, setView] = useState<View>('compact');
  return (
    <section className="panel" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('audit.history.heading')}</h2>
      <fieldset className="scope">
        <legend className="visually-hidden">{t('audit.history.view')}</legend>
        {VIEWS.map((option) => (
          <label key={option} className="scope-option">
            <input
              type="radio"
              name="history-view"
              value={option}
              checked={view === option}
              onChange={() => setView(option)}
            />
            {t(`audit.history.views.${option}`)}
          </label>
        ))}
      </fieldset>
      {view === 'raw' ? (
        <RawEvents caseId={caseId} />
      ) : (
        <Steps steps={steps} diagram={diagram} durations={view === 'timeline'} onStep={onStep} />
      )}
    </section>
  );
}

function Steps({
  steps,
  diagram,
  durations,
  onStep,
}: {
  steps: TimelineEntry[];
  diagram: WorkflowDiagram;
  durations: boolean;
  onStep(position: number): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const figures = useFigures();
  const labels = useWorkflowLabels(diagram);
  const eventLabel = useEventLabel();
  const longest = Math.max(0, ...steps.map((step) => step.sincePreviousMs ?? 0));
  return (
    <ol
      className={`history ${durations ? 'history-timeline' : 'history-compact'}`}
      data-testid={`history-${durations ? 'timeline' : 'compact'}`}
    >
      {steps.map((step, position) => {
        const actor = actorOf(step);
        return (
          <li key={step.revision}>
            <span className="history-revision">#{step.revision}</span>
            <span className="history-line">
              <time dateTime={step.at}>{formatDateTime(step.at, language)}</time>
              {' · '}
              <strong>{eventLabel(step.type)}</strong>
              {' · '}
              {labels.state(step.from)} → {labels.state(step.to)}
              {' · '}
              {actor.actingFor !== undefined
                ? t('timeline.asPlh', { name: actor.name, official: actor.actingFor })
                : actor.name}
            </span>
            {durations && (
              <span className="history-duration">
                {step.sincePreviousMs === null
                  ? t('audit.history.first')
                  : t('audit.history.after', {
                      time: figures.duration(step.sincePreviousMs),
                      state: labels.state(step.from),
                    })}
                {' · '}
                {t('audit.history.sinceStart', { time: figures.duration(step.sinceStartMs) })}
                <Bar value={step.sincePreviousMs ?? 0} max={longest} tone="warn" />
              </span>
            )}
            <button type="button" className="link-button" onClick={() => onStep(position)}>
              {t('audit.history.showStep', { revision: step.revision })}
            </button>
          </li>
        );
      })}
    </ol>
  );
}

function RawEvents({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const eventLabel = useEventLabel();
  const raw = useResource(() => auditApi.raw(caseId), caseId);
  if (raw.data === undefined)
    return raw.error !== undefined ? (
      <ProblemMessage problem={raw.error} />
    ) : (
      <Loading label={t('common.loading')} />
    );
  return (
    <>
      <p className="hint">{t('audit.history.rawHint')}</p>
      <ol className="history history-raw" data-testid="history-raw">
        {raw.data.map((event) => (
          <li key={event.revision}>
            <details>
              <summary>
                #{event.revision} · <code>{event.type}</code> · {eventLabel(event.type)}
              </summary>
              <pre className="json">{JSON.stringify(event, null, 2)}</pre>
            </details>
          </li>
        ))}
      </ol>
    </>
  );
}
