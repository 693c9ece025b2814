import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';
import type { Language } from '../i18n/language';
import { say, type Message } from '../i18n/message';
import { render } from '../i18n/render';
import { fieldDetails } from './field-details';

/** Every error answer of the API has this shape; `message` is written for the clerk reading it. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

/** An error answer in words of one language, ready to send. */
export interface ApiError {
  body: ApiErrorBody;
  headers?: Record<string, string>;
}

/** One field's problem, not yet in words. */
export interface FieldMessage {
  field: string;
  problem: Message;
}

/**
 * An error answer before it is put into words: its messages are said in the request's language
 * only when it is answered (a request that succeeds never looks its language up).
 */
export interface ApiProblem {
  statusCode: number;
  message: Message;
  /** Facts for the client, the same in every language. */
  details?: unknown;
  /** The problems of a 400's fields: answered as `details.fields`. */
  fields?: readonly FieldMessage[];
  headers?: Record<string, string>;
}

export function apiProblem(
  statusCode: number,
  message: Message,
  details?: unknown,
  headers?: Record<string, string>,
): ApiProblem {
  const problem: ApiProblem = { statusCode, message };
  if (details !== undefined) problem.details = details;
  if (headers !== undefined) problem.headers = headers;
  return problem;
}

/** A 400 that lists the problems field by field; its headline names the fields unless given. */
export function fieldsProblem(fields: readonly FieldMessage[], message?: Message): ApiProblem {
  const named = [...new Set(fields.map((f) => f.field))];
  return { statusCode: 400, message: message ?? say('form.correct', { fields: named }), fields };
}

/** The answer in one language. */
export function renderProblem(problem: ApiProblem, language: Language): ApiError {
  const { statusCode } = problem;
  const body: ApiErrorBody = {
    statusCode,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message: render(problem.message, language),
  };
  if (problem.fields !== undefined) {
    body.details = fieldDetails(
      problem.fields.map(({ field, problem: said }) => ({
        field,
        problem: render(said, language),
      })),
    );
  } else if (problem.details !== undefined) body.details = problem.details;
  return problem.headers === undefined ? { body } : { body, headers: problem.headers };
}

/** Thrown by the API's own code: carries its answer, to be said in the request's language. */
export class ApiException extends HttpException {
  readonly problem: ApiProblem;

  constructor(
    statusCodeOrProblem: number | ApiProblem,
    message?: Message,
    details?: unknown,
    headers?: Record<string, string>,
  ) {
    const problem =
      typeof statusCodeOrProblem === 'number'
        ? apiProblem(statusCodeOrProblem, message ?? say('request.invalid'), details, headers)
        : statusCodeOrProblem;
    super(problem.message.key, problem.statusCode);
    this.problem = problem;
  }

  /** A 400 naming the fields to correct (see `fieldsProblem`). */
  static forFields(fields: readonly FieldMessage[], message?: Message): ApiException {
    return new ApiException(fieldsProblem(fields, message));
  }
}
