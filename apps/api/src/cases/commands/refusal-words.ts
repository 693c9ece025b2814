import {
  ActorNotAuthorizedError,
  CommandNotAllowedError,
  ConcurrencyConflictError,
} from '@satupintu/engine';
import { ApiException } from '../../errors/api-error';
import { mapDomainError } from '../../errors/domain-errors';
import { workflowWords } from '../../errors/workflow-words';
import { say } from '../../i18n/message';
import { caseNotFound } from '../queries/case-not-found';

/**
 * The engine's 403 and 422 in a clerk's words ("Sign" while the file is "Awaiting disposition",
 * "Tanda tangan" … "Menunggu disposisi" in Indonesian), with the same status and details the
 * error filter gives them; an expected revision of a case that has no events at all is a 404.
 * Anything else passes unchanged.
 */
export function inClerksWords(error: unknown): unknown {
  if (error instanceof ConcurrencyConflictError && error.actualRevision === 'no_stream')
    return caseNotFound();
  if (!(error instanceof ActorNotAuthorizedError || error instanceof CommandNotAllowedError))
    return error;
  const problem = mapDomainError(error);
  if (!problem) return error;
  const said = workflowWords(error.streamId, error.commandType, error.state);
  const message =
    error instanceof ActorNotAuthorizedError
      ? say('case.notYours', said)
      : say('case.notPossible', said);
  return new ApiException({ ...problem, message });
}
