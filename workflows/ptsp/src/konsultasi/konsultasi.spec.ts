import {
  ActorNotAuthorizedError,
  CommandNotAllowedError,
  CommandRejectedError,
  InstanceNotFoundError,
  commandsOfState,
} from '@satupintu/engine';
import { workflowSpec } from '@satupintu/engine/testing';
import {
  consultationDesk,
  dutyOfficer,
  everyone,
  frontOffice,
  kasubbidKepangkatan,
  kasubbidMutasi,
  processorKepangkatan,
  verifier,
} from '../testing/actors';
import { RECEIVED_AT, TRACKING_CODE } from '../testing/berkas-story';
import { askPayload, konsultasiStory } from '../testing/konsultasi-story';
import type { KonsultasiContext } from './context';
import { konsultasiWorkflow } from './definition';
import { eventTypes } from './event-types';
import { commandLabels, stateLabels } from './labels';
import { KONSULTASI_COMMANDS, KONSULTASI_STATES } from './vocabulary';
import { waitingOn } from './waiting-on';

const spec = workflowSpec(konsultasiWorkflow);
const contextOf = (snapshot: { context: unknown }) => snapshot.context as KonsultasiContext;

describe('Consultation (konsultasi)', () => {
  describe('given no consultation yet', () => {
    it('when the consultation desk records a question, then QuestionAsked is stored and the question awaits an answer', () => {
      const { state, snapshot } = spec
        .given()
        .when({ type: 'ask', payload: askPayload, actor: consultationDesk, at: RECEIVED_AT })
        .then([{ type: 'QuestionAsked', data: askPayload }]);
      expect(state).toBe('asked');
      expect(contextOf(snapshot)).toMatchObject({
        topic: 'Kenaikan pangkat',
        question: 'Apakah SKP 2024 harus dilegalisir?',
        applicant: { name: 'Ahmad Fauzan', phone: '+6281234567890' },
        trackingCode: TRACKING_CODE,
        askedAt: RECEIVED_AT,
      });
    });

    it('the front office may record it too, and the visitor may stay anonymous', () => {
      const { topic, question, trackingCode } = askPayload;
      const { snapshot } = spec
        .given()
        .when({ type: 'ask', payload: { topic, question, trackingCode }, actor: frontOffice })
        .then([{ type: 'QuestionAsked', data: { topic, question, trackingCode } }]);
      expect(contextOf(snapshot).applicant).toBeNull();
      spec.given().when({ type: 'ask', payload: { topic, question, trackingCode, applicant: null }, actor: frontOffice }).thenState('asked');
    });

    it('someone else may not record a question', () => {
      spec.given().when({ type: 'ask', payload: askPayload, actor: verifier }).thenThrows(ActorNotAuthorizedError);
    });

    it.each([
      ['no topic', { ...askPayload, topic: ' ' }, 'Topik konsultasi wajib diisi / The topic is required'],
      ['no question', { ...askPayload, question: '' }, 'Pertanyaan wajib diisi / The question is required'],
      ['a visitor without a name', { ...askPayload, applicant: { name: '' } }, "Nama pengunjung wajib diisi"],
      ['a visitor with a landline', { ...askPayload, applicant: { name: 'A', phone: '0511-3312345' } }, 'Nomor ini bukan nomor HP'],
      ['a bad tracking code', { ...askPayload, trackingCode: 'SP-AAAA-AAAA' /* the old, guessable length */ }, 'Kode lacak tidak sah'],
    ])('refuses a question with %s', (_what, payload, reason) => {
      spec.given().when({ type: 'ask', payload, actor: consultationDesk }).thenThrows(CommandRejectedError, { reason: expect.stringContaining(reason) });
    });

    it.each(['answer', 'escalate', 'close'])('%s finds no consultation', (type) => {
      spec.given().when({ type, payload: {}, actor: consultationDesk }).thenThrows(InstanceNotFoundError);
    });
  });

  describe('given a question at the desk', () => {
    const given = spec.given(konsultasiStory.until('asked'));

    it('when the desk answers it, then QuestionAnswered is stored and it is answered', () => {
      const { state, snapshot } = given
        .when({ type: 'answer', payload: { answer: 'Ya, dilegalisir OPD' }, actor: consultationDesk })
        .then([{ type: 'QuestionAnswered', data: { answer: 'Ya, dilegalisir OPD' } }]);
      expect(state).toBe('answered');
      expect(contextOf(snapshot)).toMatchObject({ answer: 'Ya, dilegalisir OPD', answeredBy: { id: consultationDesk.id, name: 'Eka' } });
    });

    it('when the desk escalates it to a sub-division, then QuestionEscalated is stored and the sub-division manager is called', () => {
      const payload = { subdivision: 'kepangkatan', reason: 'Perlu Kasubbid' };
      const { state, snapshot } = given.when({ type: 'escalate', payload, actor: consultationDesk }).then([{ type: 'QuestionEscalated', data: payload }]);
      expect(state).toBe('escalated');
      expect(contextOf(snapshot)).toMatchObject({ subdivision: 'kepangkatan', escalationReason: 'Perlu Kasubbid' });
      expect(waitingOn(snapshot)).toEqual({ roles: ['initialer', 'processor'], unit: 'kepangkatan' });
    });

    it('an escalation may go without a reason, but not without a sub-division', () => {
      given.when({ type: 'escalate', payload: { subdivision: 'mutasi' }, actor: consultationDesk }).thenState('escalated');
      given.when({ type: 'escalate', payload: {}, actor: consultationDesk }).thenThrows(CommandRejectedError, {
        reason: expect.stringContaining('Sub bidang tujuan wajib dipilih'),
      });
    });

    it('refuses an empty answer', () => {
      given
        .when({ type: 'answer', payload: { answer: '' }, actor: consultationDesk })
        .thenThrows(CommandRejectedError, { reason: 'Jawaban wajib diisi / The answer is required' });
    });

    it('only the consultation desk answers or escalates at the desk (not the front office, not a sub-division manager)', () => {
      given.when({ type: 'answer', payload: { answer: 'x' }, actor: frontOffice }).thenThrows(ActorNotAuthorizedError);
      given.when({ type: 'answer', payload: { answer: 'x' }, actor: kasubbidKepangkatan }).thenThrows(ActorNotAuthorizedError);
      given.when({ type: 'escalate', payload: { subdivision: 'mutasi' }, actor: dutyOfficer }).thenThrows(ActorNotAuthorizedError);
    });

    it('cannot be closed before it is answered', () => {
      given.when({ type: 'close', actor: consultationDesk }).thenThrows(CommandNotAllowedError);
    });
  });

  describe('given a question escalated to Kepangkatan', () => {
    const given = spec.given(konsultasiStory.until('escalated'));

    it("the sub-division's manager (an initialer of Kepangkatan) answers it", () => {
      const { snapshot } = given
        .when({ type: 'answer', payload: { answer: 'Ya' }, actor: kasubbidKepangkatan })
        .then([{ type: 'QuestionAnswered', data: { answer: 'Ya' } }]);
      expect(contextOf(snapshot).answeredBy).toEqual({ id: kasubbidKepangkatan.id, name: 'Yusuf' });
    });

    it('a processor of Kepangkatan may answer it too', () => {
      given.when({ type: 'answer', payload: { answer: 'Ya' }, actor: processorKepangkatan }).thenState('answered');
    });

    it('the manager of another sub-division may not, nor may the desk any more', () => {
      given.when({ type: 'answer', payload: { answer: 'Ya' }, actor: kasubbidMutasi }).thenThrows(ActorNotAuthorizedError);
      given.when({ type: 'answer', payload: { answer: 'Ya' }, actor: consultationDesk }).thenThrows(ActorNotAuthorizedError);
    });
  });

  describe('given an answered question', () => {
    it('when the desk closes it, then ConsultationClosed is stored and it is closed', () => {
      spec.given(konsultasiStory.until('answered')).when({ type: 'close', actor: consultationDesk }).then([{ type: 'ConsultationClosed' }]);
      spec.given(konsultasiStory.until('answered')).when({ type: 'close', actor: consultationDesk }).thenState('closed');
    });

    it('only the desk closes it', () => {
      spec.given(konsultasiStory.until('answered')).when({ type: 'close', actor: frontOffice }).thenThrows(ActorNotAuthorizedError);
    });
  });

  describe('given a closed consultation', () => {
    const given = spec.given(konsultasiStory.until('closed'));

    it('is final and accepts nothing from anyone', () => {
      expect(given.snapshot().status).toBe('done');
      expect(commandsOfState(given.snapshot())).toEqual([]);
      expect(waitingOn(given.snapshot())).toBeNull();
      for (const type of KONSULTASI_COMMANDS) {
        for (const actor of everyone) {
          given.when({ type, payload: { answer: 'x' }, actor }).thenThrows(CommandNotAllowedError, { allowedCommands: [] });
        }
      }
    });
  });

  it('names every state and command in both languages, and stores each command as a past-tense event', () => {
    expect(Object.keys(stateLabels).sort()).toEqual([...KONSULTASI_STATES].sort());
    expect(Object.keys(commandLabels).sort()).toEqual([...KONSULTASI_COMMANDS].sort());
    expect(eventTypes).toEqual({ ask: 'QuestionAsked', answer: 'QuestionAnswered', escalate: 'QuestionEscalated', close: 'ConsultationClosed' });
  });
});
