import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { zonedFromLocalInput } from '../admin/admin-api';
import { ApiProblem } from '../api/problem';
import type { WorkflowDiagram as Diagram } from '../api/types';
import { WorkflowDiagram } from '../case/WorkflowDiagram';
import { actorOf } from '../case/what-changed';
import { formatDateTime } from '../i18n/format';
import { useLanguage } from '../i18n/use-language';
import { Loading } from '../ui/Loading';
import { ProblemMessage } from '../ui/ProblemMessage';
import { useResource } from '../ui/use-resource';
import { auditApi, type AuditReport, type CaseState, type TimelineEntry } from './audit-api';
import { useEventLabel, useWorkflowLabels } from './labels';
import { changedKeys } from './use-case-audit';
import { YesNo } from './YesNo';

/**
 * Steps through a file's history: at each step the machine's state and context as the server
 * replays them (GET /api/cases/:id/state?at=<revision>), what changed, the step's audit verdict
 * and the diagram with where the file stood. Also jumps to the state at a chosen moment.
 */
export function Scrubber({
  caseId,
  steps,
  report,
  diagram,
  position,
  onMove,
}: {
  caseId: string;
  steps: TimelineEntry[];
  report: AuditReport;
  diagram: Diagram;
  position: number;
  onMove(position: number): void;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  const labels = useWorkflowLabels(diagram);
  const eventLabel = useEventLabel();
  // Each step's state is asked for once; keyed by file too, as the page may move to another.
  const cache = useRef(new Map<string, Promise<CaseState>>());
  const stateAt = (revision: number) => {
    const key = `${caseId}@${revision}`;
    let found = cache.current.get(key);
    if (found === undefined) {
      found = auditApi.stateAt(caseId, String(revision));
      found.catch(() => cache.current.delete(key));
      cache.current.set(key, found);
    }
    return found;
  };
  const step = steps[position];
  const previous = position > 0 ? steps[position - 1] : undefined;
  const moment = useResource(
    async () => ({
      now: await stateAt(step.revision),
      before: previous !== undefined ? await stateAt(previous.revision) : undefined,
    }),
    `${caseId}@${step.revision}`,
  );
  // The answer for this step only: while the next one loads, the last one must not pass for it.
  const shown = moment.data?.now.revision === step.revision ? moment.data : undefined;
  const verdict = report.steps.find((s) => s.revision === step.revision);
  const actor = actorOf(step);
  const visited = new Set(steps.slice(0, position + 1).flatMap((s) => [s.from, s.to]));
  const last = steps.length - 1;
  const stepText = t('audit.scrubber.position', {
    step: position + 1,
    total: steps.length,
    state: labels.state(step.to),
  });

  return (
    <section className="panel scrubber" aria-labelledby="scrubber-heading" data-testid="scrubber">
      <h2 id="scrubber-heading">{t('audit.scrubber.heading')}</h2>
      <div className="scrubber-controls">
        <button type="button" onClick={() => onMove(0)} disabled={position === 0}>
          {t('audit.scrubber.first')}
        </button>
        <button type="button" onClick={() => onMove(position - 1)} disabled={position === 0}>
          {t('audit.scrubber.previous')}
        </button>
        <input
          type="range"
          min={0}
          max={last}
          step={1}
          value={position}
          aria-label={t('audit.scrubber.slider')}
          aria-valuetext={stepText}
          onChange={(event) => onMove(Number(event.target.value))}
          disabled={last === 0}
        />
        <button type="button" onClick={() => onMove(position + 1)} disabled={position === last}>
          {t('audit.scrubber.next')}
        </button>
        <button type="button" onClick={() => onMove(last)} disabled={position === last}>
          {t('audit.scrubber.last')}
        </button>
      </div>
      <AtMoment caseId={caseId} steps={steps} onMove={onMove} />

      <div className="scrubber-grid">
        <div className="scrubber-facts">
          <p
            className="scrubber-position"
            role="status"
            aria-live="polite"
            data-testid="scrubber-position"
          >
            {stepText}
          </p>
          <dl className="facts">
            <dt>{t('audit.scrubber.step')}</dt>
            <dd data-testid="scrubber-step">
              {eventLabel(step.type)}{' '}
              <span className="muted">
                ({labels.state(step.from)} → {labels.state(step.to)})
              </span>
            </dd>
            <dt>{t('audit.scrubber.who')}</dt>
            <dd>
              {actor.actingFor !== undefined
                ? t('timeline.asPlh', { name: actor.name, official: actor.actingFor })
                : actor.name}
            </dd>
            <dt>{t('audit.scrubber.when')}</dt>
            <dd>
              <time dateTime={step.at}>{formatDateTime(step.at, language)}</time>
            </dd>
            <dt>{t('audit.scrubber.state')}</dt>
            <dd>
              {shown !== undefined ? (
                <strong className="state" data-testid="scrubber-state">
                  {labels.state(shown.now.state)}
                </strong>
              ) : (
                <Loading label={t('common.loading')} />
              )}
              {shown !== undefined && (
                <span className="muted">
                  {' · '}
                  {t(`audit.scrubber.status.${shown.now.status === 'done' ? 'done' : 'active'}`)}
                </span>
              )}
            </dd>
            {shown !== undefined && (
              <>
                <dt>{t('audit.scrubber.possible')}</dt>
                <dd>
                  {shown.now.possibleActions.length === 0
                    ? t('audit.scrubber.nothingPossible')
                    : shown.now.possibleActions.map(labels.command).join(', ')}
                </dd>
              </>
            )}
            {verdict !== undefined && (
              <>
                <dt>{t('audit.verdict.column.legal')}</dt>
                <dd>
                  <YesNo value={verdict.legal} />
                </dd>
                <dt>{t('audit.verdict.column.stateMatches')}</dt>
                <dd>
                  <YesNo value={verdict.stateMatches} />
                </dd>
                <dt>{t('audit.verdict.column.hashOk')}</dt>
                <dd data-testid="scrubber-hash">
                  <YesNo value={verdict.hashOk} />
                  {report.chain.brokenAt === step.revision && (
                    <strong className="no"> {t('audit.verdict.breaksHere')}</strong>
                  )}
                </dd>
                {verdict.problem !== undefined && (
                  <>
                    <dt>{t('audit.verdict.column.problem')}</dt>
                    <dd>{verdict.problem}</dd>
                  </>
                )}
              </>
            )}
          </dl>
          {moment.error !== undefined && <ProblemMessage problem={moment.error} />}
          {shown !== undefined && <Context now={shown.now} before={shown.before} />}
        </div>
        <div className="scrubber-diagram">
          <WorkflowDiagram
            diagram={diagram}
            current={shown?.now.state ?? step.to}
            visited={visited}
          />
        </div>
      </div>
    </section>
  );
}

/** The machine's context at the step, key by key, what this step changed marked. */
function Context({ now, before }: { now: CaseState; before: CaseState | undefined }) {
  const { t } = useTranslation();
  const context = now.context as Record<string, unknown>;
  const changed = changedKeys(before?.context as Record<string, unknown> | undefined, context);
  return (
    <div className="context">
      <h3>{t('audit.scrubber.context')}</h3>
      <p className="hint">{t('audit.scrubber.contextHint')}</p>
      <div className="table-scroll">
        <table className="table context-table" data-testid="scrubber-context">
          <tbody>
            {Object.entries(context).map(([key, value]) => (
              <tr key={key} className={changed.has(key) ? 'is-changed' : ''}>
                <th scope="row">
                  <code>{key}</code>
                  {changed.has(key) && (
                    <span className="badge badge-updated">{t('audit.scrubber.changed')}</span>
                  )}
                </th>
                <td>
                  <pre className="json">{JSON.stringify(value, null, 1)}</pre>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** The state at a moment the auditor types (office time), moved to on the scrubber. */
function AtMoment({
  caseId,
  steps,
  onMove,
}: {
  caseId: string;
  steps: TimelineEntry[];
  onMove(position: number): void;
}) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState<unknown>(undefined);

  async function show(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    const at = zonedFromLocalInput(value);
    if (at === undefined) {
      setMessage(t('audit.scrubber.momentRequired'));
      return;
    }
    try {
      const state = await auditApi.stateAt(caseId, at);
      const position = steps.findIndex((s) => s.revision === state.revision);
      if (state.revision === null || position < 0) setMessage(t('audit.scrubber.notYet'));
      else {
        setMessage(undefined);
        onMove(position);
      }
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 400)
        setMessage(t('audit.scrubber.momentRequired'));
      else setProblem(error);
    }
  }

  return (
    <form className="field-row at-moment" onSubmit={show} noValidate>
      <div className="field">
        <label htmlFor="scrubber-moment">{t('audit.scrubber.moment')}</label>
        <input
          id="scrubber-moment"
          type="datetime-local"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <button type="submit" className="button-secondary">
        {t('audit.scrubber.showMoment')}
      </button>
      {message !== undefined && (
        <p className="field-error" role="status">
          {message}
        </p>
      )}
      {problem !== undefined && <ProblemMessage problem={problem} />}
    </form>
  );
}
