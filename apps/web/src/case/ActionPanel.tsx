import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { newIdempotencyKey } from '../api/idempotency';
import { ApiProblem, request } from '../api/problem';
import { useText } from '../i18n/use-language';
import { ProblemMessage } from '../ui/ProblemMessage';
import { ActionForm } from './ActionForm';
import { isActionType, toActionRequest, type ActionType, type ActionValues } from './action-forms';
import type { CaseFile, CaseFileState } from './use-case-file';

type Outcome =
  | { kind: 'done'; action: string; state: string }
  | { kind: 'not-now'; reason: string; state: string; allowed: string[] }
  | { kind: 'failed'; problem: unknown };

/** One button per action the machine allows this user now; each opens the action's form. */
export function ActionPanel({ file, caseFile }: { file: CaseFile; caseFile: CaseFileState }) {
  const { t } = useTranslation();
  const text = useText();
  const { detail, diagram, service } = file;
  const [open, setOpen] = useState<{ type: ActionType; revision: number } | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const [serverErrors, setServerErrors] = useState<Partial<Record<string, string[]>>>({});
  const idempotencyKey = useRef('');

  const commandLabel = (command: string) => {
    const label = diagram.transitions.find((tr) => tr.command === command)?.label;
    return label !== undefined ? text(label) : command;
  };
  const stateLabel = (state: string) => {
    const label = diagram.states.find((s) => s.name === state)?.label;
    return label !== undefined ? text(label) : state;
  };
  const actions = detail.allowedActions.filter(isActionType);
  // The form stays only while its action is still possible (a live change may have taken it).
  const openType = open !== undefined && actions.includes(open.type) ? open : undefined;

  function start(type: ActionType) {
    idempotencyKey.current = newIdempotencyKey();
    setOpen({ type, revision: detail.revision });
    setOutcome(undefined);
    setServerErrors({});
  }

  async function send(type: ActionType, values: ActionValues, revision: number) {
    setBusy(true);
    setOutcome(undefined);
    caseFile.beginAction();
    try {
      const result = await request(() =>
        api.POST('/api/cases/{id}/actions', {
          params: {
            path: { id: detail.id },
            header: { 'Idempotency-Key': idempotencyKey.current },
          },
          body: toActionRequest(type, values, revision),
        }),
      );
      setOpen(undefined);
      setOutcome({ kind: 'done', action: commandLabel(type), state: stateLabel(result.state) });
      await caseFile.afterOwnAction(result.revision);
    } catch (problem) {
      if (problem instanceof ApiProblem && problem.status === 409) {
        // Someone else moved the case first: show the case as it is now and what they did.
        setOpen(undefined);
        await caseFile.reloadAfterConflict(revision);
      } else if (problem instanceof ApiProblem && problem.status === 422) {
        setOpen(undefined);
        const now = problem.notAllowedNow;
        const fresh = await caseFile.reloadAfterConflict(revision);
        setOutcome({
          kind: 'not-now',
          // The API says it in the page's language (the client sends Accept-Language).
          reason: problem.message,
          state: stateLabel(now?.state ?? fresh?.detail.state ?? detail.state),
          allowed: (now?.allowedActions ?? fresh?.detail.allowedActions ?? []).map(commandLabel),
        });
      } else {
        if (problem instanceof ApiProblem && problem.status === 400)
          setServerErrors(problem.fields);
        if (problem instanceof ApiProblem && problem.status === 403) {
          setOpen(undefined);
          await caseFile.reloadAfterConflict(revision);
        }
        setOutcome({ kind: 'failed', problem });
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">{t('case.actionsHeading')}</h2>
      {outcome?.kind === 'done' && (
        <p className="notice notice-success" role="status" data-testid="action-done">
          {t('case.actionDone', { action: outcome.action, state: outcome.state })}
        </p>
      )}
      {outcome?.kind === 'not-now' && (
        <div className="notice notice-error" role="alert" data-testid="action-not-now">
          <p>{t('case.notNow', { state: outcome.state })}</p>
          <p>{outcome.reason}</p>
          <p>
            {outcome.allowed.length > 0
              ? t('case.allowedNow', { actions: outcome.allowed.join(', ') })
              : t('case.nothingAllowed')}
          </p>
        </div>
      )}
      {outcome?.kind === 'failed' && <ProblemMessage problem={outcome.problem} />}
      {actions.length === 0 ? (
        <p className="muted">{t('case.noActions')}</p>
      ) : (
        <div className="action-buttons">
          {actions.map((type) => (
            <button
              key={type}
              type="button"
              className={openType?.type === type ? 'button-primary' : 'button-secondary'}
              aria-expanded={openType?.type === type}
              aria-controls="action-form"
              onClick={() => (openType?.type === type ? setOpen(undefined) : start(type))}
              disabled={busy}
            >
              {commandLabel(type)}
            </button>
          ))}
        </div>
      )}
      <div id="action-form">
        {openType !== undefined && (
          <ActionForm
            key={`${openType.type}-${openType.revision}`}
            type={openType.type}
            label={commandLabel(openType.type)}
            detail={detail}
            service={service}
            busy={busy}
            serverErrors={serverErrors}
            onSubmit={(values) => void send(openType.type, values, openType.revision)}
            onCancel={() => setOpen(undefined)}
          />
        )}
      </div>
    </section>
  );
}
