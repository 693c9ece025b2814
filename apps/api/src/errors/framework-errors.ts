import { HttpException } from '@nestjs/common';
import { apiError, ApiException, type ApiError } from './api-error';

/** Fastify's own request errors (body parsing, limits), by code, in words for a clerk. */
const FASTIFY_MESSAGES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty; send the form as JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'The request is too large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the form as JSON (Content-Type: application/json)',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'The request length does not match its body',
  FST_ERR_CTP_INVALID_TYPE: 'The request has an invalid Content-Type header',
};

const STATUS_MESSAGES: Record<number, string> = {
  400: 'The request is not valid',
  401: 'Please log in',
  403: 'You are not allowed to do this',
  404: 'There is nothing at this address',
  405: 'This address does not accept this kind of request',
  413: 'The request is too large',
  415: 'Send the form as JSON (Content-Type: application/json)',
};

interface FrameworkError {
  statusCode?: unknown;
  status?: unknown;
  code?: unknown;
}

/** Errors of Nest and Fastify themselves: never a 500 for what the client sent. */
export function mapFrameworkError(exception: unknown): ApiError | undefined {
  if (exception instanceof ApiException) return exception.answer;
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return apiError(status, STATUS_MESSAGES[status] ?? exception.message);
  }
  if (exception instanceof SyntaxError)
    return apiError(400, FASTIFY_MESSAGES.FST_ERR_CTP_INVALID_JSON_BODY);
  const error = exception as FrameworkError | null;
  const status = Number(error?.statusCode ?? error?.status);
  if (
    typeof error?.code === 'string' &&
    error.code.startsWith('FST_') &&
    status >= 400 &&
    status < 500
  ) {
    return apiError(
      status,
      FASTIFY_MESSAGES[error.code] ?? STATUS_MESSAGES[status] ?? 'The request is not valid',
    );
  }
  return undefined;
}
