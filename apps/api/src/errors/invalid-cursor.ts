import { say } from '../i18n/message';
import { ApiException } from './api-error';

/** A paging cursor the client did not get from us (or that has gone stale): start over. */
export const invalidCursor = (): ApiException =>
  ApiException.forFields(
    [{ field: 'cursor', problem: say('field.cursor') }],
    say('case.cursorInvalid'),
  );
