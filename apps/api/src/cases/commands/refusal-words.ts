import {
  ActorNotAuthorizedError,
  CommandNotAllowedError,
  ConcurrencyConflictError,
} from '@satupintu/engine';
import { ptspPresentations } from '@satupintu/ptsp';
import { mapDomainError } from '../../errors/domain-errors';
import { ApiException } from '../../errors/api-error';
import { caseNotFound } from '../queries/case-not-found';

const kindOf = (streamId: string) => streamId.slice(0, streamId.indexOf('-'));

function words(
  streamId: string,
  command: string,
  state: string,
): { action: string; state: string } {
  const presentation = ptspPresentations[kindOf(streamId)];
  return {
    action: presentation?.commandLabels[command]?.en ?? command,
    state: presentation?.stateLabels[state]?.en ?? state,
  };
}

/**
 * The engine's 403 and 422 in a clerk's words ("Sign" while the file is "Awaiting disposition"),
 * with the same status and details the error filter gives them; an expected revision of a case
 * that has no events at all is a 404. Anything else passes unchanged.
 */
export function inClerksWords(error: unknown): unknown {
  if (error instanceof ConcurrencyConflictError && error.actualRevision === 'no_stream')
    return caseNotFound();
  if (!(error instanceof ActorNotAuthorizedError || error instanceof CommandNotAllowedError))
    return error;
  const answer = mapDomainError(error);
  if (!answer) return error;
  const said = words(error.streamId, error.commandType, error.state);
  const message =
    error instanceof ActorNotAuthorizedError
      ? `You may not "${said.action}" this file while it is "${said.state}": it is not yours to do`
      : `"${said.action}" is not possible while the file is "${said.state}"`;
  return new ApiException(answer.body.statusCode, message, answer.body.details, answer.headers);
}
