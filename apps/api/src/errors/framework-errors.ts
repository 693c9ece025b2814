import { HttpException } from '@nestjs/common';
import { say, verbatim, type Message } from '../i18n/message';
import { apiProblem, ApiException, type ApiProblem } from './api-error';

/** Fastify's own request errors (body parsing, limits), by code, in words for a clerk. */
export const FASTIFY_MESSAGES: Readonly<Record<string, Message>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: say('request.invalidJson'),
  FST_ERR_CTP_EMPTY_JSON_BODY: say('request.emptyJson'),
  FST_ERR_CTP_BODY_TOO_LARGE: say('request.tooLarge'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: say('request.jsonOnly'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: say('request.lengthMismatch'),
  FST_ERR_CTP_INVALID_TYPE: say('request.badContentType'),
};

const STATUS_MESSAGES: Readonly<Record<number, Message>> = {
  400: say('request.invalid'),
  401: say('auth.logIn'),
  403: say('auth.notAllowed'),
  404: say('request.noSuchAddress'),
  405: say('request.wrongMethod'),
  413: say('request.tooLarge'),
  415: say('request.jsonOnly'),
};

interface FrameworkError {
  statusCode?: unknown;
  status?: unknown;
  code?: unknown;
}

/** Errors of Nest and Fastify themselves: never a 500 for what the client sent. */
export function mapFrameworkError(exception: unknown): ApiProblem | undefined {
  if (exception instanceof ApiException) return exception.problem;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return apiProblem(status, STATUS_MESSAGES[status] ?? verbatim(exception.message));
  }
  if (exception instanceof SyntaxError) return apiProblem(400, say('request.invalidJson'));
  const error = exception as FrameworkError | null;
  const status = Number(error?.statusCode ?? error?.status);
  if (
    typeof error?.code === 'string' &&
    error.code.startsWith('FST_') &&
    status >= 400 &&
    status < 500
  ) {
    return apiProblem(
      status,
      FASTIFY_MESSAGES[error.code] ?? STATUS_MESSAGES[status] ?? say('request.invalid'),
    );
  }
  return undefined;
}
