import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { apiError, type ApiError } from './api-error';
import { mapDomainError } from './domain-errors';
import { mapFrameworkError } from './framework-errors';

/** Maps any exception to the API's error shape. */
export function toApiError(exception: unknown): ApiError {
  return (
    mapDomainError(exception) ??
    mapFrameworkError(exception) ??
    apiError(500, 'Something went wrong on the server; it has been logged')
  );
}

/**
 * One place where every error becomes an answer: HTTP exceptions, Fastify's body errors, the
 * engine's and the account services' refusals. Anything unexpected is a 500 and logged.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const answer = toApiError(exception);
    if (answer.body.statusCode >= 500 && answer.body.statusCode !== 503)
      this.logger.error(exception);
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    reply
      .status(answer.body.statusCode)
      .headers(answer.headers ?? {})
      .type('application/json; charset=utf-8')
      .send(answer.body);
  }
}
