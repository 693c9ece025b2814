import { Catch, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { preferredLanguage } from '../i18n/accept-language';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/language';
import { say } from '../i18n/message';
import { apiProblem, renderProblem, type ApiError, type ApiProblem } from './api-error';
import { mapDomainError } from './domain-errors';
import { mapFrameworkError } from './framework-errors';

/** Any exception as the API's answer, not yet in words. */
export function toApiProblem(exception: unknown): ApiProblem {
  return (
    mapDomainError(exception) ??
    mapFrameworkError(exception) ??
    apiProblem(500, say('server.failed'))
  );
}

/** Maps any exception to the API's error shape, in one language (English unless asked). */
export function toApiError(exception: unknown, language: Language = DEFAULT_LANGUAGE): ApiError {
  return renderProblem(toApiProblem(exception), language);
}

/**
 * One place where every error becomes an answer: HTTP exceptions, Fastify's body errors, the
 * engine's and the account services' refusals, in the language the request's Accept-Language
 * asks for (said in Content-Language). Anything unexpected is a 500 and logged.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest | undefined>();
    const language = preferredLanguage(request?.headers?.['accept-language']);
    const answer = toApiError(exception, language);
    if (answer.body.statusCode >= 500 && answer.body.statusCode !== 503)
      this.logger.error(exception);
    const reply = http.getResponse<FastifyReply>();
    // The answer depends on Accept-Language now: caches must keep the languages apart.
    const vary = reply.getHeader('vary');
    reply
      .status(answer.body.statusCode)
      .headers({ ...answer.headers, 'content-language': language })
      .header('vary', vary ? `${String(vary)}, Accept-Language` : 'Accept-Language')
      .type('application/json; charset=utf-8')
      .send(answer.body);
  }
}
