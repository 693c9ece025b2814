import type { Actor, MachineCommandEvent } from '@satupintu/engine';
import type { GivenEvent } from '@satupintu/engine/testing';
import type { AnyMachineSnapshot } from 'xstate';
import type { KonsultasiContext } from '../konsultasi/context';
import type { KonsultasiState } from '../konsultasi/vocabulary';
import { consultationDesk, kasubbidKepangkatan } from './actors';
import { RECEIVED_AT, TRACKING_CODE, minutesAfterReceipt } from './berkas-story';

export const askPayload = {
  topic: 'Kenaikan pangkat',
  question: 'Apakah SKP 2024 harus dilegalisir?',
  applicant: { name: 'Ahmad Fauzan', phone: '0812 3456 7890' },
  trackingCode: TRACKING_CODE,
};

const asked: GivenEvent = { type: 'QuestionAsked', actor: consultationDesk, at: RECEIVED_AT, data: askPayload };
const escalated: GivenEvent = {
  type: 'QuestionEscalated',
  actor: consultationDesk,
  at: minutesAfterReceipt(5),
  data: { subdivision: 'kepangkatan', reason: 'Perlu Kasubbid' },
};
const answeredAtDesk: GivenEvent = { type: 'QuestionAnswered', actor: consultationDesk, at: minutesAfterReceipt(10), data: { answer: 'Ya' } };
const answeredByManager: GivenEvent = { ...answeredAtDesk, actor: kasubbidKepangkatan };
const closed: GivenEvent = { type: 'ConsultationClosed', actor: consultationDesk, at: minutesAfterReceipt(15), data: {} };

/** A consultation told as stored events, for specs that start "given a question in state X". */
export const konsultasiStory = {
  events: { asked, escalated, answeredAtDesk, answeredByManager, closed },
  until(state: KonsultasiState): GivenEvent[] {
    const histories: Record<KonsultasiState, GivenEvent[]> = {
      start: [],
      asked: [asked],
      escalated: [asked, escalated],
      answered: [asked, escalated, answeredByManager],
      closed: [asked, escalated, answeredByManager, closed],
    };
    return histories[state];
  },
};

/** Sub-divisions questions are escalated to in the model: two, so the manager's unit matters. */
const MODEL_SUBDIVISIONS = ['kepangkatan', 'mutasi'];
const managerOf = (unit: string): Actor => ({ id: `u-kasubbid-${unit}`, roles: ['initialer'], unit });

/** One valid command of every type for any consultation snapshot: the model's events. */
export function validKonsultasiEvents(snapshot: AnyMachineSnapshot): MachineCommandEvent[] {
  const context = snapshot.context as KonsultasiContext;
  const event = (type: string, actor: Actor, payload: object = {}): MachineCommandEvent => ({ ...payload, type, actor, at: RECEIVED_AT });
  return [
    event('ask', consultationDesk, askPayload),
    event('ask', consultationDesk, { topic: 'Cuti', question: 'Berapa lama CLTN?', trackingCode: TRACKING_CODE }),
    ...MODEL_SUBDIVISIONS.map((subdivision) => event('escalate', consultationDesk, { subdivision })),
    event('answer', context.subdivision ? managerOf(context.subdivision) : consultationDesk, { answer: 'Jawaban' }),
    event('close', consultationDesk),
  ];
}
