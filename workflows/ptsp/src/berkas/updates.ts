import { actedBy, actedForPost } from '../access/acted-by';
import type { CheckedEvent } from '../payload/checked-event';
import { distinctInOrder } from '../payload/reading';
import { witaDate } from '../time/wita';
import { normalizePhone } from '../validation/phone';
import { currentChainPosition, type BerkasContext } from './context';
import type {
  HandOverPayload,
  ReasonPayload,
  ReceiveAllocated,
  ReceivePayload,
  RedisposePayload,
  ResubmitPayload,
  ReturnIncompletePayload,
  AssignNumberAllocated,
  DisposePayload,
  SubmitDraftPayload,
} from './payloads';
import type { BerkasState } from './vocabulary';

/**
 * What each transition writes into the case. Pure functions of the context and an event whose
 * payload the transition's guards have already checked (hence the `CheckedEvent` types).
 */
type Update<TPayload> = (context: BerkasContext, event: CheckedEvent<TPayload>) => Partial<BerkasContext>;

const checklistOrder = (context: BerkasContext) => (context.service?.documents ?? []).map((d) => d.code);

export const onReceive: Update<ReceivePayload & ReceiveAllocated> = (_context, event) => {
  const documents = event.service.documents.map((d) => d.code);
  return {
    service: event.service,
    catalogueVersion: event.catalogueVersion,
    applicant: {
      nip: event.applicant.nip,
      name: event.applicant.name.trim(),
      phone: normalizePhone(event.applicant.phone) ?? event.applicant.phone,
    },
    trackingCode: event.trackingCode,
    agendaNumber: event.agendaNumber,
    note: typeof event.note === 'string' && event.note.trim() ? event.note.trim() : null,
    receivedAt: event.at,
    submittedDocuments: distinctInOrder(event.submittedDocuments, documents),
  };
};

export const onVerified: Update<unknown> = () => ({ missingDocuments: [], returnNote: null });

export const onReturned: Update<ReturnIncompletePayload> = (context, event) => ({
  missingDocuments: distinctInOrder(event.missingDocuments, checklistOrder(context)),
  returnNote: typeof event.note === 'string' && event.note.trim() ? event.note.trim() : null,
  returnedAt: event.at,
});

/**
 * The returned file went back to the applicant whole, so what comes back is ticked anew: the new
 * list replaces the old one (a form may pre-tick the previous list to save the clerk the work).
 */
export const onResubmitted: Update<ResubmitPayload> = (context, event) => ({
  submittedDocuments: distinctInOrder(event.submittedDocuments, checklistOrder(context)),
});

export const onDisposed: Update<DisposePayload> = (_context, event) => ({ subdivision: event.subdivision });

export const onRedisposed: Update<RedisposePayload> = (_context, event) => ({
  subdivision: event.subdivision,
  lastReason: event.reason.trim(),
});

export const onDraftSubmitted: Update<SubmitDraftPayload> = (_context, event) => ({ draftSummary: event.summary.trim() });

/** Every draft (a first one or one revised after a send-back) goes up the whole chain again. */
export const onChainStarted = (): Partial<BerkasContext> => ({ chainIndex: 0, initials: [] });

export const onInitialled: Update<unknown> = (context, event) => {
  const position = currentChainPosition(context) ?? '';
  return {
    chainIndex: context.chainIndex + 1,
    initials: [...context.initials, { position, by: actedForPost(event.actor, position), at: event.at }],
  };
};

export const onSentBack: Update<ReasonPayload> = (_context, event) => ({ lastReason: event.reason.trim() });

export const onSigned: Update<unknown> = (context, event) => {
  const position = context.service?.signer ?? '';
  return { signature: { position, by: actedForPost(event.actor, position), at: event.at } };
};

export const onNumbered: Update<AssignNumberAllocated> = (_context, event) => ({
  letterNumber: event.letterNumber,
  letterDate: witaDate(event.at),
});

export const onHandedOver: Update<HandOverPayload> = (_context, event) => ({
  handover: {
    recipientName: event.recipientName.trim(),
    relation: event.relation,
    ...(event.relation === 'representative' && event.recipientIdNumber
      ? { recipientIdNumber: event.recipientIdNumber.trim() }
      : {}),
    by: actedBy(event.actor),
    at: event.at,
  },
});

export const onWithdrawn = (from: BerkasState): Update<ReasonPayload> => (_context, event) => ({
  withdrawal: { reason: event.reason.trim(), from, by: actedBy(event.actor), at: event.at },
});
