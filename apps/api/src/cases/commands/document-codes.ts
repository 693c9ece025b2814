import type { DocumentRequirement } from '@satupintu/ptsp';
import { ApiException } from '../../errors/api-error';
import { say } from '../../i18n/message';

/**
 * Refuses document codes that are not on the service's checklist with a 400 that names them, so
 * the clerk sees at once which tick was wrong (the machine would refuse them too, less precisely).
 */
export function assertOnChecklist(
  field: string,
  codes: readonly string[],
  checklist: readonly DocumentRequirement[],
  serviceCode: string,
): void {
  const known = new Set(checklist.map((document) => document.code));
  const unknown = codes.filter((code) => !known.has(code));
  if (unknown.length === 0) return;
  const problem = say('field.notOnChecklist', { service: serviceCode, codes: unknown });
  throw ApiException.forFields([{ field, problem }], say('form.correctField', { field, problem }));
}
