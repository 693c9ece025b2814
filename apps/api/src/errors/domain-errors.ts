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
import { AccountsError, AdminInputError } from '@satupintu/read-models';
import { apiError, type ApiError } from './api-error';
import { fieldDetails, fieldsMessage } from './field-details';

const CHANGED_MEANWHILE = 'Someone else changed this a moment ago; reload it and try again';

/** The engine's, the store's, the read models' and the account services' refusals. */
export function mapDomainError(exception: unknown): ApiError | undefined {
  if (exception instanceof InstanceNotFoundError) return apiError(404, 'This case does not exist');
  if (exception instanceof UnknownWorkflowError)
    return apiError(404, 'There is no such kind of case');
  if (exception instanceof ActorNotAuthorizedError) return apiError(403, exception.message);
  if (exception instanceof ConcurrencyConflictError) {
    return apiError(409, CHANGED_MEANWHILE, {
      expectedRevision: exception.expectedRevision,
      actualRevision: exception.actualRevision,
    });
  }
  if (exception instanceof CommandNotAllowedError || exception instanceof CommandRejectedError) {
    return apiError(422, exception.message, {
      state: exception.state,
      allowedActions: exception.allowedCommands,
    });
  }
  if (exception instanceof WrongExpectedRevisionError) {
    return apiError(409, CHANGED_MEANWHILE, {
      expectedRevision: exception.expected,
      actualRevision: exception.actual,
    });
  }
  if (exception instanceof AdminInputError) {
    return apiError(400, fieldsMessage(exception.problems), fieldDetails(exception.problems));
  }
  if (exception instanceof AccountsError) {
    const status = { invalid_input: 400, not_found: 404, conflict: 409, rule: 422 }[exception.code];
    return apiError(status, exception.message);
  }
  if (exception instanceof ProjectionWaitTimeoutError) {
    return apiError(
      503,
      'Saved, but the lists are taking longer than usual to show it; refresh in a moment',
      undefined,
      { 'retry-after': '5' },
    );
  }
  if (exception instanceof ProjectionRunnerStoppedError) {
    return apiError(503, 'The server is restarting; try again in a moment', undefined, {
      'retry-after': '5',
    });
  }
  return undefined;
}
