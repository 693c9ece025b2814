import { NotFoundException } from '@nestjs/common';
import {
  ActorNotAuthorizedError,
  CommandNotAllowedError,
  CommandRejectedError,
  ConcurrencyConflictError,
  InstanceNotFoundError,
} from '@satupintu/engine';
import { WrongExpectedRevisionError } from '@satupintu/event-store';
import { ProjectionWaitTimeoutError } from '@satupintu/projections';
import { AdminInputError, UsernameTakenError } from '@satupintu/read-models';
import { toApiError } from '../src/errors/all-exceptions.filter';

describe('error mapping: every refusal becomes {statusCode, error, message, details?}', () => {
  it('maps the engine errors to 404, 403, 409 and 422 with the facts a client needs', () => {
    expect(toApiError(new InstanceNotFoundError('berkas-1')).body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'This case does not exist',
    });
    expect(
      toApiError(new ActorNotAuthorizedError('berkas-1', 'verifying', 'verify_complete', 'u1'))
        .body,
    ).toEqual({
      statusCode: 403,
      error: 'Forbidden',
      message: 'You may not "verify_complete" this case in state "verifying"',
    });
    expect(toApiError(new ConcurrencyConflictError('berkas-1', 3, 4)).body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'Someone else changed this a moment ago; reload it and try again',
      details: { expectedRevision: 3, actualRevision: 4 },
    });
    expect(
      toApiError(new CommandNotAllowedError('berkas-1', 'signed', 'withdraw', ['number'])).body,
    ).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: '"withdraw" is not possible in state "signed"; possible now: number',
      details: { state: 'signed', allowedActions: ['number'] },
    });
    expect(
      toApiError(
        new CommandRejectedError(
          'berkas-1',
          'verifying',
          'verify_incomplete',
          'Name the missing documents',
          ['verify_complete'],
        ),
      ).body,
    ).toEqual({
      statusCode: 422,
      error: 'Unprocessable Entity',
      message: 'Name the missing documents',
      details: { state: 'verifying', allowedActions: ['verify_complete'] },
    });
  });

  it('maps the store, the account services and the read models', () => {
    expect(toApiError(new WrongExpectedRevisionError('account-1', 2, 3)).body).toMatchObject({
      statusCode: 409,
      details: { expectedRevision: 2, actualRevision: 3 },
    });
    expect(toApiError(new UsernameTakenError('budi')).body.statusCode).toBe(409);
    expect(
      toApiError(new AdminInputError([{ field: 'days.0.date', problem: 'give a date' }])).body,
    ).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Please correct: days.0.date',
      details: { fields: { 'days.0.date': ['give a date'] } },
    });
    const timeout = toApiError(new ProjectionWaitTimeoutError(10, 9, 5000));
    expect(timeout.body.statusCode).toBe(503);
    expect(timeout.headers).toEqual({ 'retry-after': '5' });
  });

  it('answers Nest HTTP exceptions in the clerk words, anything unknown as a 500 that says nothing internal', () => {
    expect(toApiError(new NotFoundException('Cannot GET /api/x')).body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'There is nothing at this address',
    });
    expect(toApiError(new TypeError('secret internals at line 3')).body).toEqual({
      statusCode: 500,
      error: 'Internal Server Error',
      message: 'Something went wrong on the server; it has been logged',
    });
  });
});
