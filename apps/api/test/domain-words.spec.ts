import type { AnchorFinding } from '@satupintu/engine';
import { anchorReason } from '@satupintu/engine';
import { PeriodError, type PeriodProblem } from '@satupintu/exports';
import { catalogueRuleWords, type CatalogueRule, type CatalogueRuleName } from '@satupintu/ptsp';
import { verdictInWords } from '../src/audit/chain-words';
import { periodProblemMessage } from '../src/audit/period-words';
import { catalogueRuleMessage } from '../src/errors/catalogue-rule-words';
import { render } from '../src/i18n/render';

/** One of each rule: the type makes a rule added to the domain without an example here fail to compile. */
const ONE_OF_EACH_RULE: { [K in CatalogueRuleName]: Extract<CatalogueRule, { rule: K }> } = {
  onlyLetterServices: { rule: 'onlyLetterServices' },
  serviceCodeFormat: { rule: 'serviceCodeFormat' },
  writeText: { rule: 'writeText', what: 'conditionEn', max: 200 },
  chooseSubdivision: { rule: 'chooseSubdivision' },
  slaWorkingDays: { rule: 'slaWorkingDays', max: 260 },
  classificationCode: { rule: 'classificationCode' },
  listDocuments: { rule: 'listDocuments' },
  atLeastOneDocument: { rule: 'atLeastOneDocument' },
  atMostDocuments: { rule: 'atMostDocuments', max: 40 },
  documentCodeFormat: { rule: 'documentCodeFormat' },
  documentListedTwice: { rule: 'documentListedTwice', document: 'SK_CPNS' },
  sayWhetherRequired: { rule: 'sayWhetherRequired' },
  conditionOnlyWhenOptional: { rule: 'conditionOnlyWhenOptional' },
  listInitialPosts: { rule: 'listInitialPosts' },
  atLeastOneInitialPost: { rule: 'atLeastOneInitialPost' },
  atMostInitialPosts: { rule: 'atMostInitialPosts', max: 8 },
  notAPost: { rule: 'notAPost', post: 'Bupati' },
  initialsTwice: { rule: 'initialsTwice', post: 'Sekretaris' },
  signerDoesNotInitial: { rule: 'signerDoesNotInitial', post: 'Kepala Badan' },
  serviceExists: { rule: 'serviceExists', service: 'KARIS' },
  noServiceToChange: { rule: 'noServiceToChange', service: 'KP-XYZ' },
  noServiceToRetire: { rule: 'noServiceToRetire', service: 'KP-XYZ' },
  consultationNotLetter: { rule: 'consultationNotLetter', service: 'KONSULTASI' },
  chooseChangeAction: { rule: 'chooseChangeAction' },
  atLeastOneChange: { rule: 'atLeastOneChange' },
  atMostChanges: { rule: 'atMostChanges', max: 20 },
  changedTwice: { rule: 'changedTwice', service: 'CLTN' },
  keepOneLetterService: { rule: 'keepOneLetterService' },
};
const RULES: CatalogueRule[] = [
  ...Object.values(ONE_OF_EACH_RULE),
  { rule: 'writeText', what: 'nameId', max: 200 },
  { rule: 'writeText', what: 'nameEn', max: 200 },
  { rule: 'writeText', what: 'conditionId', max: 200 },
];

const FINDINGS: AnchorFinding[] = [
  { kind: 'ledgerBroken', problem: 'row 7 does not match its hash' },
  { kind: 'everyEventMissing', anchored: 3 },
  { kind: 'eventsMissing', after: 2, anchored: 3 },
  { kind: 'rewritten', revision: 1 },
];

const PERIOD_PROBLEMS: PeriodProblem[] = [
  { kind: 'notACalendarDay', text: '2026-02-30' },
  { kind: 'notADayOrTime' },
  { kind: 'notAPointInTime', text: '2026-03-01T25:00:00Z' },
  { kind: 'toNotAfterFrom' },
];

/**
 * Texts the domain names by a code (catalogue rules, anchor findings, period problems): the API
 * says them from its catalogues, in English exactly as the domain's own English words (what
 * clients and the CLI have always read), and in Indonesian in other words.
 */
describe('the words of the domain’s coded texts', () => {
  it.each(RULES.map((rule) => [JSON.stringify(rule), rule] as const))(
    'catalogue rule %s: the domain’s English in English, other words in Indonesian',
    (_name, rule) => {
      expect(render(catalogueRuleMessage(rule), 'en')).toBe(catalogueRuleWords(rule));
      expect(render(catalogueRuleMessage(rule), 'id')).not.toBe(catalogueRuleWords(rule));
    },
  );

  it.each(FINDINGS.map((finding) => [finding.kind, finding] as const))(
    'anchor finding %s: the engine’s reason in English, other words in Indonesian, the facts not repeated',
    (_kind, finding) => {
      const verdict = { intact: false, brokenAt: 2, reason: anchorReason(finding), finding };
      expect(verdictInWords(verdict, 'en')).toEqual({
        intact: false,
        brokenAt: 2,
        reason: anchorReason(finding),
      });
      expect(verdictInWords(verdict, 'id').reason).not.toBe(anchorReason(finding));
    },
  );

  it.each(PERIOD_PROBLEMS.map((problem) => [problem.kind, problem] as const))(
    'period problem %s: the parser’s English in English, other words in Indonesian',
    (_kind, problem) => {
      const english = new PeriodError('from', problem).message;
      expect(render(periodProblemMessage(problem), 'en')).toBe(english);
      expect(render(periodProblemMessage(problem), 'id')).not.toBe(english);
    },
  );
});
