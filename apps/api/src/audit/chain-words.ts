import type { AnchorFinding, ChainVerdict } from '@satupintu/engine';
import type { Language } from '../i18n/language';
import { say, type Message } from '../i18n/message';
import { render } from '../i18n/render';

function findingMessage(finding: AnchorFinding): Message {
  switch (finding.kind) {
    case 'ledgerBroken':
      // The ledger's own words (libs/anchors) are English; the sentence around them is translated.
      return say('chain.ledgerBroken', { problem: finding.problem });
    case 'everyEventMissing':
      return say('chain.everyEventMissing', { anchored: finding.anchored });
    case 'eventsMissing':
      return say('chain.eventsMissing', { after: finding.after, anchored: finding.anchored });
    case 'rewritten':
      return say('chain.rewritten', { revision: finding.revision });
  }
}

/** A chain's verdict as the API answers it: `reason` in the request's language, the facts behind it not repeated. */
export function verdictInWords(
  verdict: ChainVerdict,
  language: Language,
): Omit<ChainVerdict, 'finding'> {
  const { finding, reason, ...rest } = verdict;
  if (finding !== undefined) return { ...rest, reason: render(findingMessage(finding), language) };
  return reason === undefined ? rest : { ...rest, reason };
}
