import { STATUS_CODES } from 'node:http';
import { HttpException } from '@nestjs/common';

/** Every error answer of the API has this shape; `message` is written for the clerk reading it. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  details?: unknown;
}

export interface ApiError {
  body: ApiErrorBody;
  headers?: Record<string, string>;
}

export function apiError(
  statusCode: number,
  message: string,
  details?: unknown,
  headers?: Record<string, string>,
): ApiError {
  const body: ApiErrorBody = { statusCode, error: STATUS_CODES[statusCode] ?? 'Error', message };
  if (details !== undefined) body.details = details;
  return headers === undefined ? { body } : { body, headers };
}

/** Thrown by the API's own code: carries its answer ready-made. */
export class ApiException extends HttpException {
  readonly answer: ApiError;

  constructor(
    statusCode: number,
    message: string,
    details?: unknown,
    headers?: Record<string, string>,
  ) {
    super(message, statusCode);
    this.answer = apiError(statusCode, message, details, headers);
  }
}
