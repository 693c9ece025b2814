import type { MachineCommandEvent } from '@satupintu/engine';
import type { AnyMachineSnapshot } from 'xstate';
import { currentChainPosition, type BerkasContext } from '../berkas/context';
import { dispatcher, dutyOfficer, frontOffice, numberer, system, verifier } from './actors';
import { RECEIVED_AT, daysAfter, holderOf, processorOf, receivePayload } from './berkas-story';

/** Services whose initials chains have one, two and three officials. */
export const MODEL_SERVICES = ['KARIS', 'KP-REG', 'MUT-MASUK'];
/** A sub-division no model service belongs to: where a file is wrongly sent, to be re-routed. */
const WRONG_SUBDIVISION = 'data-informasi';

const event = (type: string, actor: MachineCommandEvent['actor'], payload: object = {}, at = RECEIVED_AT): MachineCommandEvent => ({
  ...payload,
  type,
  actor,
  at,
});

/**
 * For any snapshot of a file, one valid command of every type (a valid payload, sent by someone
 * the office would send it by): the model's events. The machine decides which of them apply now,
 * so these generators know nothing about states, only about the file's context.
 */
export function validBerkasEvents(snapshot: AnyMachineSnapshot): MachineCommandEvent[] {
  const context = snapshot.context as BerkasContext;
  const receipts = MODEL_SERVICES.map((code) =>
    event('receive', frontOffice, { ...receivePayload(code), agendaNumber: 'AG-2026-000001' }),
  );
  const { service } = context;
  if (!service) return receipts;
  const chainPost = currentChainPosition(context);
  const currentOfficial = holderOf(chainPost ?? service.signer);
  return [
    ...receipts,
    event('verify_complete', verifier),
    event('return_incomplete', verifier, { missingDocuments: [service.documents[0].code] }),
    event('resubmit', frontOffice, { submittedDocuments: service.documents.filter((d) => d.required).map((d) => d.code) }),
    event('expire', system, {}, daysAfter(context.returnedAt ?? RECEIVED_AT, 30)),
    event('dispose', dispatcher, { subdivision: service.subdivision }),
    event('redispose', dispatcher, {
      subdivision: context.subdivision === WRONG_SUBDIVISION ? service.subdivision : WRONG_SUBDIVISION,
      reason: 'Salah sub bidang',
    }),
    event('submit_draft', processorOf(context.subdivision ?? service.subdivision), { summary: 'Konsep surat' }),
    event('initial', currentOfficial),
    event('send_back', currentOfficial, { reason: 'Perlu perbaikan' }),
    event('sign', holderOf(service.signer)),
    event('assign_number', numberer, { letterNumber: `${service.classificationCode}/0001/BKD/2026` }),
    event('hand_over', dutyOfficer, { recipientName: 'Ahmad Fauzan', relation: 'self' }),
    event('withdraw', frontOffice, { reason: 'Pemohon membatalkan' }),
  ];
}
