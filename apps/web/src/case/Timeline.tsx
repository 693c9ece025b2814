import { useTranslation } from 'react-i18next';
import type { HistoryEntry, Service, WorkflowDiagram } from '../api/types';
import { formatDateTime } from '../i18n/format';
import { useLanguage, useText } from '../i18n/use-language';
import { stepDetails, type StepDetail } from './step-details';
import { actorOf } from './what-changed';

/** Every step of the file: who (and for whom as Plh), when, from which state to which, and why. */
export function Timeline({
  history,
  diagram,
  service,
}: {
  history: HistoryEntry[];
  diagram: WorkflowDiagram;
  service: Service | undefined;
}) {
  const { t } = useTranslation();
  const text = useText();
  const language = useLanguage();
  const stateLabel = (state: string) => {
    const label = diagram.states.find((s) => s.name === state)?.label;
    return label !== undefined ? text(label) : state;
  };
  const value = (detail: StepDetail) =>
    typeof detail.value === 'string'
      ? detail.value
      : Array.isArray(detail.value)
        ? detail.value.map(text).join('; ')
        : text(detail.value);
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timeline.heading')}</h2>
      <ol className="timeline" data-testid="timeline">
        {[...history].reverse().map((entry) => {
          const actor = actorOf(entry);
          return (
            <li key={entry.revision}>
              <p className="timeline-what">
                <strong>{t(`timeline.event.${entry.type}`, { defaultValue: entry.type })}</strong>{' '}
                <span className="muted">
                  {stateLabel(entry.from)} → {stateLabel(entry.to)}
                </span>
              </p>
              <p className="timeline-who">
                {actor.actingFor !== undefined
                  ? t('timeline.asPlh', { name: actor.name, official: actor.actingFor })
                  : actor.name}
                {' · '}
                <time dateTime={entry.at}>{formatDateTime(entry.at, language)}</time>
              </p>
              {stepDetails(entry, service).map((detail) => (
                <p key={detail.key} className="timeline-detail">
                  {t(`timeline.detail.${detail.key}`)}: {value(detail)}
                </p>
              ))}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
