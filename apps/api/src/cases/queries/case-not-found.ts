import { ApiException } from '../../errors/api-error';
import { say } from '../../i18n/message';

/** The one answer for a case id that names nothing (malformed, unknown, or not the caller's to see). */
export const caseNotFound = () => new ApiException(404, say('case.notFound'));
