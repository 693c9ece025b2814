import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowDiagram } from '../api/types';
import { formatDateTime } from '../i18n/format';
import { useLanguage, useText } from '../i18n/use-language';
import type { ForeignChange } from './use-case-file';
import { actorOf } from './what-changed';

/** "The case has changed": who did what since the user looked, shown above everything else. */
export function ChangeNotice({
  change,
  diagram,
  onDismiss,
}: {
  change: ForeignChange;
  diagram: WorkflowDiagram;
  onDismiss(): void;
}) {
  const { t } = useTranslation();
  const text = useText();
  const language = useLanguage();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => box.current?.focus(), [change]);
  const stateLabel = (state: string) => {
    const label = diagram.states.find((s) => s.name === state)?.label;
    return label !== undefined ? text(label) : state;
  };
  return (
    <div
      ref={box}
      className="notice notice-warning"
      role="alert"
      tabIndex={-1}
      data-testid="case-changed"
    >
      <h2 className="notice-title">{t('case.changed.title')}</h2>
      <p>{t('case.changed.explain')}</p>
      {change.steps.length > 0 && (
        <ul>
          {change.steps.map((step) => {
            const actor = actorOf(step);
            return (
              <li key={step.revision}>
                {t('case.changed.step', {
                  who:
                    actor.actingFor !== undefined
                      ? t('timeline.asPlh', { name: actor.name, official: actor.actingFor })
                      : actor.name,
                  what: t(`timeline.event.${step.type}`, { defaultValue: step.type }),
                  from: stateLabel(step.from),
                  to: stateLabel(step.to),
                  at: formatDateTime(step.at, language),
                })}
              </li>
            );
          })}
        </ul>
      )}
      <button type="button" className="button-quiet" onClick={onDismiss}>
        {t('case.changed.dismiss')}
      </button>
    </div>
  );
}
