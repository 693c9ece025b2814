/**
 * Words in Bahasa Indonesia and English (the shape of ptsp's `Text`, declared here because the web
 * bundles the account rules and this file without the rest of ptsp).
 */
export interface Words {
  id: string;
  en: string;
}

/** One field's problem, in words for the person filling in the form. */
export interface FieldProblem {
  field: string;
  problem: string;
  /** The problem in Indonesian and English, when the rule says both (the API answers in the one asked for). */
  words?: Words;
}

/** A field's problem said in both languages. */
export const fieldProblem = (field: string, words: Words): FieldProblem => ({
  field,
  problem: words.en,
  words,
});

/** Refusals of the account services; `code` tells the API which status to answer with. */
export abstract class AccountsError extends Error {
  abstract readonly code: 'invalid_input' | 'not_found' | 'conflict' | 'rule';
}

/** The request's fields are wrong (the same checks the API's forms make, for callers without them). */
export class AdminInputError extends AccountsError {
  readonly code = 'invalid_input';
  constructor(readonly problems: FieldProblem[]) {
    super(`Please correct: ${problems.map((p) => `${p.field} (${p.problem})`).join('; ')}`);
  }
}

export class UserNotFoundError extends AccountsError {
  readonly code = 'not_found';
  constructor(readonly userId: string) {
    super('There is no such account');
  }
}

export class DelegationNotFoundError extends AccountsError {
  readonly code = 'not_found';
  constructor(readonly delegationId: string) {
    super('There is no such delegation');
  }
}

export class UsernameTakenError extends AccountsError {
  readonly code = 'conflict';
  constructor(readonly username: string) {
    super(`The username "${username}" is already taken; choose another one`);
  }
}

/** Well-formed, but not allowed as things stand (e.g. delegating to a deactivated account). */
export class AdminRuleError extends AccountsError {
  readonly code = 'rule';
  /** `message` is the English; `words` has both languages. */
  constructor(readonly words: Words) {
    super(words.en);
  }
}
