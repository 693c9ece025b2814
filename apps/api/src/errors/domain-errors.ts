import {
  ActorNotAuthorizedError,
  CommandNotAllowedError,
  CommandRejectedError,
  ConcurrencyConflictError,
  InstanceNotFoundError,
  UnknownWorkflowError,
} from '@satupintu/engine';
import { WrongExpectedRevisionError } from '@satupintu/event-store';
import { ProjectionRunnerStoppedError, ProjectionWaitTimeoutError } from '@satupintu/projections';
import {
  AccountsError,
  AdminInputError,
  AdminRuleError,
  CatalogueChangedError,
  CatalogueVersionNotFoundError,
  DelegationNotFoundError,
  isCatalogueFieldProblem,
  UsernameTakenError,
  UserNotFoundError,
} from '@satupintu/read-models';
import { say, verbatim, type Message } from '../i18n/message';
import { apiProblem, fieldsProblem, type ApiProblem } from './api-error';
import { catalogueRuleMessage } from './catalogue-rule-words';
import { engineWords } from './workflow-words';

const RETRY_SOON = { 'retry-after': '5' };

/** The reason of a guard's refusal in each language, when the workflow gave them. */
function reasonOf(error: CommandRejectedError): Message {
  const { id, en } = error.reasonByLanguage ?? {};
  return id !== undefined && en !== undefined
    ? say('text', { text: { id, en } })
    : verbatim(error.reason);
}

/** The account services' refusals that carry their facts; the others say their own (English) words. */
function accountsMessage(error: AccountsError): Message {
  if (error instanceof UserNotFoundError) return say('account.notFound');
  if (error instanceof DelegationNotFoundError) return say('delegation.notFound');
  if (error instanceof UsernameTakenError)
    return say('account.usernameTaken', { username: error.username });
  if (error instanceof CatalogueChangedError)
    return say('catalogue.changed', {
      expected: error.expectedVersion,
      latest: error.latestVersion,
    });
  if (error instanceof CatalogueVersionNotFoundError)
    return say('catalogue.versionNotFound', {
      version: error.version,
      latest: error.latestVersion,
    });
  if (error instanceof AdminRuleError) return say('text', { text: error.words });
  return verbatim(error.message);
}

/** The engine's, the store's, the read models' and the account services' refusals. */
export function mapDomainError(exception: unknown): ApiProblem | undefined {
  if (exception instanceof InstanceNotFoundError) return apiProblem(404, say('case.notFound'));
  if (exception instanceof UnknownWorkflowError) return apiProblem(404, say('workflow.unknown'));
  if (exception instanceof ActorNotAuthorizedError) {
    const words = engineWords(exception.streamId, exception.commandType, exception.state);
    return apiProblem(403, say('engine.forbidden', words));
  }
  if (exception instanceof ConcurrencyConflictError) {
    return apiProblem(409, say('case.changedMeanwhile'), {
      expectedRevision: exception.expectedRevision,
      actualRevision: exception.actualRevision,
    });
  }
  if (exception instanceof CommandNotAllowedError || exception instanceof CommandRejectedError) {
    const message =
      exception instanceof CommandRejectedError
        ? reasonOf(exception)
        : say('engine.notAllowed', {
            ...engineWords(exception.streamId, exception.commandType, exception.state),
            allowed: exception.allowedCommands,
          });
    return apiProblem(422, message, {
      state: exception.state,
      allowedActions: exception.allowedCommands,
    });
  }
  if (exception instanceof WrongExpectedRevisionError) {
    return apiProblem(409, say('case.changedMeanwhile'), {
      expectedRevision: exception.expected,
      actualRevision: exception.actual,
    });
  }
  if (exception instanceof AdminInputError) {
    return fieldsProblem(
      exception.problems.map((said) => ({
        field: said.field,
        problem: said.words
          ? say('text', { text: said.words })
          : isCatalogueFieldProblem(said)
            ? catalogueRuleMessage(said.broken)
            : verbatim(said.problem),
      })),
    );
  }
  if (exception instanceof AccountsError) {
    const status = { invalid_input: 400, not_found: 404, conflict: 409, rule: 422 }[exception.code];
    return apiProblem(status, accountsMessage(exception));
  }
  if (exception instanceof ProjectionWaitTimeoutError) {
    return apiProblem(503, say('server.listsLate'), undefined, RETRY_SOON);
  }
  if (exception instanceof ProjectionRunnerStoppedError) {
    return apiProblem(503, say('server.restarting'), undefined, RETRY_SOON);
  }
  return undefined;
}
