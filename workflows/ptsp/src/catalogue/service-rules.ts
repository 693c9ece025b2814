import { POSITIONS, SUBDIVISIONS } from '../organisation/units';
import { catalogueRuleWords, type CatalogueRule } from './catalogue-rules';
import type { DocumentRequirement, LetterService } from './types';

/** One field's problem (`documents.2.code`): the rule it breaks, and that in English words. */
export type CatalogueProblem = { field: string; problem: string; broken: CatalogueRule };

/** A problem of `field` (the full name, prefix included). */
export const catalogueProblem = (field: string, broken: CatalogueRule): CatalogueProblem => ({
  field,
  problem: catalogueRuleWords(broken),
  broken,
});

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

  check(ok: boolean, field: string, broken: CatalogueRule): boolean {
    if (!ok) this.list.push(catalogueProblem(`${this.prefix}${field}`, broken));
    return ok;
  }

  text(value: unknown, field: string, what: Extract<CatalogueRule, { rule: 'writeText' }>['what']): void {
    this.check(
      typeof value === 'string' && value.trim() !== '' && value.length <= MAX_SERVICE_TEXT,
      field,
      { rule: 'writeText', what, max: MAX_SERVICE_TEXT },
    );
  }
}

function documentProblems(documents: DocumentRequirement[], problems: Collector): void {
  if (!problems.check(Array.isArray(documents), 'documents', { rule: 'listDocuments' })) return;
  problems.check(documents.length >= 1, 'documents', { rule: 'atLeastOneDocument' });
  problems.check(documents.length <= MAX_DOCUMENTS, 'documents', { rule: 'atMostDocuments', max: MAX_DOCUMENTS });
  const seen = new Set<string>();
  documents.forEach((document, i) => {
    const at = `documents.${i}`;
    const code = document.code;
    if (problems.check(typeof code === 'string' && DOCUMENT_CODE_PATTERN.test(code), `${at}.code`, { rule: 'documentCodeFormat' })) {
      problems.check(!seen.has(code), `${at}.code`, { rule: 'documentListedTwice', document: code });
      seen.add(code);
    }
    problems.text(document.name?.id, `${at}.name.id`, 'nameId');
    problems.text(document.name?.en, `${at}.name.en`, 'nameEn');
    problems.check(typeof document.required === 'boolean', `${at}.required`, { rule: 'sayWhetherRequired' });
    if (document.required === false) {
      problems.text(document.condition?.id, `${at}.condition.id`, 'conditionId');
      problems.text(document.condition?.en, `${at}.condition.en`, 'conditionEn');
    } else {
      problems.check(document.condition === undefined, `${at}.condition`, { rule: 'conditionOnlyWhenOptional' });
    }
  });
}

function chainProblems(service: LetterService, problems: Collector): void {
  const chain = service.initialsChain;
  if (!problems.check(Array.isArray(chain), 'initialsChain', { rule: 'listInitialPosts' })) return;
  problems.check(chain.length >= 1, 'initialsChain', { rule: 'atLeastOneInitialPost' });
  problems.check(chain.length <= MAX_CHAIN_LENGTH, 'initialsChain', { rule: 'atMostInitialPosts', max: MAX_CHAIN_LENGTH });
  const seen = new Set<string>();
  chain.forEach((post, i) => {
    if (problems.check(POST_TITLES.has(post), `initialsChain.${i}`, { rule: 'notAPost', post })) {
      problems.check(!seen.has(post), `initialsChain.${i}`, { rule: 'initialsTwice', post });
      problems.check(post !== service.signer, `initialsChain.${i}`, { rule: 'signerDoesNotInitial', post });
    }
    seen.add(post);
  });
  problems.check(POST_TITLES.has(service.signer), 'signer', { rule: 'notAPost', post: service.signer });
}

/**
 * What is wrong with a letter service's definition, field by field (empty when nothing): the
 * rules a published catalogue keeps — an SLA of at least one working day, posts of the
 * organisation in the chain and as signer, each document code once.
 */
export function letterServiceProblems(service: LetterService, prefix = ''): CatalogueProblem[] {
  const problems = new Collector(prefix);
  problems.check(service.kind === 'letter', 'kind', { rule: 'onlyLetterServices' });
  problems.check(
    typeof service.code === 'string' && service.code.length <= MAX_SERVICE_CODE && SERVICE_CODE_PATTERN.test(service.code),
    'code',
    { rule: 'serviceCodeFormat' },
  );
  problems.text(service.name?.id, 'name.id', 'nameId');
  problems.text(service.name?.en, 'name.en', 'nameEn');
  problems.check(SUBDIVISION_CODES.has(service.subdivision), 'subdivision', { rule: 'chooseSubdivision' });
  problems.check(
    Number.isInteger(service.slaWorkingDays) && service.slaWorkingDays >= 1 && service.slaWorkingDays <= MAX_SLA_WORKING_DAYS,
    'slaWorkingDays',
    { rule: 'slaWorkingDays', max: MAX_SLA_WORKING_DAYS },
  );
  problems.check(
    typeof service.classificationCode === 'string' && CLASSIFICATION_CODE_PATTERN.test(service.classificationCode),
    'classificationCode',
    { rule: 'classificationCode' },
  );
  documentProblems(service.documents, problems);
  chainProblems(service, problems);
  return problems.list;
}
