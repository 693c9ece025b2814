import { POSITIONS, SUBDIVISIONS } from '../organisation/units';
import type { DocumentRequirement, LetterService } from './types';

/** One field's problem, in words for the admin filling in the form (`documents.2.code`). */
export type CatalogueProblem = { field: string; problem: string };

/** A service code as desks, registers and filters carry it: `KP-REG`, `IZIN-BELAJAR`. */
export const SERVICE_CODE_PATTERN = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;
/** A checklist line's code: stable UPPER_SNAKE, what cases record documents by. */
export const DOCUMENT_CODE_PATTERN = /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/;
/** An archive classification code: `800.1.3.2`. */
export const CLASSIFICATION_CODE_PATTERN = /^\d{3}(\.\d{1,3}){0,4}$/;
/** A year of working days: anything longer is a typo, not a promise to the public. */
export const MAX_SLA_WORKING_DAYS = 260;
export const MAX_DOCUMENTS = 40;
export const MAX_CHAIN_LENGTH = 8;
export const MAX_SERVICE_TEXT = 200;
export const MAX_SERVICE_CODE = 40;

const POST_TITLES = new Set(POSITIONS.map((p) => p.title));
const SUBDIVISION_CODES = new Set(SUBDIVISIONS.map((s) => s.code));

class Collector {
  readonly list: CatalogueProblem[] = [];
  constructor(private readonly prefix: string) {}

  check(ok: boolean, field: string, problem: string): boolean {
    if (!ok) this.list.push({ field: `${this.prefix}${field}`, problem });
    return ok;
  }

  text(value: unknown, field: string, what: string): void {
    this.check(
      typeof value === 'string' && value.trim() !== '' && value.length <= MAX_SERVICE_TEXT,
      field,
      `write ${what} in up to ${MAX_SERVICE_TEXT} characters`,
    );
  }
}

function documentProblems(documents: DocumentRequirement[], problems: Collector): void {
  if (!problems.check(Array.isArray(documents), 'documents', 'list the documents')) return;
  problems.check(documents.length >= 1, 'documents', 'list at least one document');
  problems.check(documents.length <= MAX_DOCUMENTS, 'documents', `list at most ${MAX_DOCUMENTS} documents`);
  const seen = new Set<string>();
  documents.forEach((document, i) => {
    const at = `documents.${i}`;
    const code = document.code;
    if (problems.check(typeof code === 'string' && DOCUMENT_CODE_PATTERN.test(code), `${at}.code`, 'use UPPER_SNAKE letters and digits, e.g. SK_CPNS')) {
      problems.check(!seen.has(code), `${at}.code`, `${code} is listed twice`);
      seen.add(code);
    }
    problems.text(document.name?.id, `${at}.name.id`, 'the name in Indonesian');
    problems.text(document.name?.en, `${at}.name.en`, 'the name in English');
    problems.check(typeof document.required === 'boolean', `${at}.required`, 'say whether it is required');
    if (document.required === false) {
      problems.text(document.condition?.id, `${at}.condition.id`, 'when it is needed, in Indonesian');
      problems.text(document.condition?.en, `${at}.condition.en`, 'when it is needed, in English');
    } else {
      problems.check(document.condition === undefined, `${at}.condition`, 'only a document that is not always required has a condition');
    }
  });
}

function chainProblems(service: LetterService, problems: Collector): void {
  const chain = service.initialsChain;
  if (!problems.check(Array.isArray(chain), 'initialsChain', 'list the posts that initial')) return;
  problems.check(chain.length >= 1, 'initialsChain', 'name at least one post to initial');
  problems.check(chain.length <= MAX_CHAIN_LENGTH, 'initialsChain', `name at most ${MAX_CHAIN_LENGTH} posts`);
  const seen = new Set<string>();
  chain.forEach((post, i) => {
    if (problems.check(POST_TITLES.has(post), `initialsChain.${i}`, `${JSON.stringify(post)} is not a post of the organisation`)) {
      problems.check(!seen.has(post), `initialsChain.${i}`, `${post} initials twice`);
      problems.check(post !== service.signer, `initialsChain.${i}`, `${post} signs the letter, so does not initial it too`);
    }
    seen.add(post);
  });
  problems.check(POST_TITLES.has(service.signer), 'signer', `${JSON.stringify(service.signer)} is not a post of the organisation`);
}

/**
 * What is wrong with a letter service's definition, field by field (empty when nothing): the
 * rules a published catalogue keeps — an SLA of at least one working day, posts of the
 * organisation in the chain and as signer, each document code once.
 */
export function letterServiceProblems(service: LetterService, prefix = ''): CatalogueProblem[] {
  const problems = new Collector(prefix);
  problems.check(service.kind === 'letter', 'kind', 'only letter services are edited here');
  problems.check(
    typeof service.code === 'string' && service.code.length <= MAX_SERVICE_CODE && SERVICE_CODE_PATTERN.test(service.code),
    'code',
    'use capital letters, digits and dashes, e.g. KP-REG',
  );
  problems.text(service.name?.id, 'name.id', 'the name in Indonesian');
  problems.text(service.name?.en, 'name.en', 'the name in English');
  problems.check(SUBDIVISION_CODES.has(service.subdivision), 'subdivision', 'choose a sub-division of the organisation');
  problems.check(
    Number.isInteger(service.slaWorkingDays) && service.slaWorkingDays >= 1 && service.slaWorkingDays <= MAX_SLA_WORKING_DAYS,
    'slaWorkingDays',
    `give a whole number of working days from 1 to ${MAX_SLA_WORKING_DAYS}`,
  );
  problems.check(
    typeof service.classificationCode === 'string' && CLASSIFICATION_CODE_PATTERN.test(service.classificationCode),
    'classificationCode',
    'give an archive classification code, e.g. 800.1.3.2',
  );
  documentProblems(service.documents, problems);
  chainProblems(service, problems);
  return problems.list;
}
