/**
 * The rules a catalogue change can break, as facts: the domain names the rule and what broke it,
 * and whoever shows it says it in the reader's language (the API by the rule's name;
 * `catalogueRuleWords` is the English).
 */
export type CatalogueRule =
  | { rule: 'onlyLetterServices' }
  | { rule: 'serviceCodeFormat' }
  /** A text left empty or longer than `max`: a name or a condition, in Indonesian or English. */
  | { rule: 'writeText'; what: 'nameId' | 'nameEn' | 'conditionId' | 'conditionEn'; max: number }
  | { rule: 'chooseSubdivision' }
  | { rule: 'slaWorkingDays'; max: number }
  | { rule: 'classificationCode' }
  | { rule: 'listDocuments' }
  | { rule: 'atLeastOneDocument' }
  | { rule: 'atMostDocuments'; max: number }
  | { rule: 'documentCodeFormat' }
  | { rule: 'documentListedTwice'; document: string }
  | { rule: 'sayWhetherRequired' }
  | { rule: 'conditionOnlyWhenOptional' }
  | { rule: 'listInitialPosts' }
  | { rule: 'atLeastOneInitialPost' }
  | { rule: 'atMostInitialPosts'; max: number }
  | { rule: 'notAPost'; post: string }
  | { rule: 'initialsTwice'; post: string }
  | { rule: 'signerDoesNotInitial'; post: string }
  | { rule: 'serviceExists'; service: string }
  | { rule: 'noServiceToChange'; service: string }
  | { rule: 'noServiceToRetire'; service: string }
  | { rule: 'consultationNotLetter'; service: string }
  | { rule: 'chooseChangeAction' }
  | { rule: 'atLeastOneChange' }
  | { rule: 'atMostChanges'; max: number }
  | { rule: 'changedTwice'; service: string }
  | { rule: 'keepOneLetterService' };

export type CatalogueRuleName = CatalogueRule['rule'];

const TEXT_WHAT = {
  nameId: 'the name in Indonesian',
  nameEn: 'the name in English',
  conditionId: 'when it is needed, in Indonesian',
  conditionEn: 'when it is needed, in English',
} as const;

/** A broken rule in English words, for the admin filling in the form. */
export function catalogueRuleWords(broken: CatalogueRule): string {
  switch (broken.rule) {
    case 'onlyLetterServices':
      return 'only letter services are edited here';
    case 'serviceCodeFormat':
      return 'use capital letters, digits and dashes, e.g. KP-REG';
    case 'writeText':
      return `write ${TEXT_WHAT[broken.what]} in up to ${broken.max} characters`;
    case 'chooseSubdivision':
      return 'choose a sub-division of the organisation';
    case 'slaWorkingDays':
      return `give a whole number of working days from 1 to ${broken.max}`;
    case 'classificationCode':
      return 'give an archive classification code, e.g. 800.1.3.2';
    case 'listDocuments':
      return 'list the documents';
    case 'atLeastOneDocument':
      return 'list at least one document';
    case 'atMostDocuments':
      return `list at most ${broken.max} documents`;
    case 'documentCodeFormat':
      return 'use UPPER_SNAKE letters and digits, e.g. SK_CPNS';
    case 'documentListedTwice':
      return `${broken.document} is listed twice`;
    case 'sayWhetherRequired':
      return 'say whether it is required';
    case 'conditionOnlyWhenOptional':
      return 'only a document that is not always required has a condition';
    case 'listInitialPosts':
      return 'list the posts that initial';
    case 'atLeastOneInitialPost':
      return 'name at least one post to initial';
    case 'atMostInitialPosts':
      return `name at most ${broken.max} posts`;
    case 'notAPost':
      return `${JSON.stringify(broken.post)} is not a post of the organisation`;
    case 'initialsTwice':
      return `${broken.post} initials twice`;
    case 'signerDoesNotInitial':
      return `${broken.post} signs the letter, so does not initial it too`;
    case 'serviceExists':
      return `${broken.service} is already in the catalogue; change it instead`;
    case 'noServiceToChange':
      return `there is no service ${JSON.stringify(broken.service)} to change`;
    case 'noServiceToRetire':
      return `there is no service ${JSON.stringify(broken.service)} to retire`;
    case 'consultationNotLetter':
      return `${broken.service} is a consultation, not a letter service`;
    case 'chooseChangeAction':
      return 'choose update, add or retire';
    case 'atLeastOneChange':
      return 'change at least one service';
    case 'atMostChanges':
      return `publish at most ${broken.max} changes at once`;
    case 'changedTwice':
      return `${broken.service} is changed twice; make it one change`;
    case 'keepOneLetterService':
      return 'keep at least one letter service in the catalogue';
  }
}
