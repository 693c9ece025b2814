import type { CatalogueRule } from '@satupintu/ptsp';
import { say, type Message } from '../i18n/message';

const WRITE_TEXT = {
  nameId: 'catalogueRule.writeNameId',
  nameEn: 'catalogueRule.writeNameEn',
  conditionId: 'catalogueRule.writeConditionId',
  conditionEn: 'catalogueRule.writeConditionEn',
} as const;

/** A catalogue rule the domain names, in the words of the request's language. */
export function catalogueRuleMessage(broken: CatalogueRule): Message {
  switch (broken.rule) {
    case 'writeText':
      return say(WRITE_TEXT[broken.what], { max: broken.max });
    case 'slaWorkingDays':
    case 'atMostDocuments':
    case 'atMostInitialPosts':
    case 'atMostChanges':
      return say(`catalogueRule.${broken.rule}`, { max: broken.max });
    case 'documentListedTwice':
      return say('catalogueRule.documentListedTwice', { document: broken.document });
    case 'notAPost':
    case 'initialsTwice':
    case 'signerDoesNotInitial':
      return say(`catalogueRule.${broken.rule}`, { post: broken.post });
    case 'serviceExists':
    case 'noServiceToChange':
    case 'noServiceToRetire':
    case 'consultationNotLetter':
    case 'changedTwice':
      return say(`catalogueRule.${broken.rule}`, { service: broken.service });
    case 'onlyLetterServices':
    case 'serviceCodeFormat':
    case 'chooseSubdivision':
    case 'classificationCode':
    case 'listDocuments':
    case 'atLeastOneDocument':
    case 'documentCodeFormat':
    case 'sayWhetherRequired':
    case 'conditionOnlyWhenOptional':
    case 'listInitialPosts':
    case 'atLeastOneInitialPost':
    case 'chooseChangeAction':
    case 'atLeastOneChange':
    case 'keepOneLetterService':
      return say(`catalogueRule.${broken.rule}`);
  }
}
