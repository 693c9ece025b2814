import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { preferredLanguage } from './accept-language';
import type { Language } from './language';

/**
 * The language of this request's answer (its Accept-Language), for words a successful answer
 * carries (errors get theirs in the exception filter).
 */
export const AnswerLanguage = createParamDecorator(
  (_data: unknown, context: ExecutionContext): Language =>
    preferredLanguage(context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']),
);
