import type { FastifyInstance } from 'fastify';
import { ApiException } from '../errors/api-error';
import { FASTIFY_MESSAGES } from '../errors/framework-errors';

/**
 * Bodies are JSON only: any other Content-Type is refused with 415 (Fastify would otherwise hand
 * plain text to a form). JSON is parsed by Fastify's own parser, which refuses __proto__ and
 * constructor keys; its errors become answers in the clerk's words here, because Nest keeps only
 * their status, not their code.
 */
export function acceptJsonBodiesOnly(fastify: FastifyInstance): void {
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeAllContentTypeParsers();
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    parseJson(request, String(body), (error, value) => {
      if (!error) return done(null, value);
      const code = (error as Error & { code?: string }).code ?? '';
      done(
        new ApiException(
          400,
          FASTIFY_MESSAGES[code] ?? FASTIFY_MESSAGES.FST_ERR_CTP_INVALID_JSON_BODY,
        ),
        undefined,
      );
    });
  });
}
