import { ActorNotAuthorizedError, CommandRejectedError, InstanceNotFoundError } from '@satupintu/engine';
import { workflowSpec } from '@satupintu/engine/testing';
import { findService } from '../catalogue/catalogue';
import { admin, dispatcher, dutyOfficer, frontOffice, kasubbidKepangkatan, registrar, verifier } from '../testing/actors';
import { AGENDA_NUMBER, RECEIVED_AT, TRACKING_CODE, VALID_NIP, berkasStory, letterService, receivePayload } from '../testing/berkas-story';
import { asJson } from '../testing/json';
import { berkasWorkflow } from './definition';
import type { ReceivePayload } from './payloads';
import { BERKAS_COMMANDS } from './vocabulary';

const spec = workflowSpec(berkasWorkflow);
const allocated = { agendaNumber: AGENDA_NUMBER };
const receive = (payload = receivePayload('KP-REG'), actor = frontOffice) =>
  spec.given().when({ type: 'receive', payload, actor, at: RECEIVED_AT, allocated });

describe('Receipt (penerimaan berkas)', () => {
  describe('given no file yet', () => {
    it('when the front office receives a KP-REG file with every required document, then FileReceived is stored with the agenda number and the file awaits verification', () => {
      const payload = receivePayload('KP-REG');
      const { state, snapshot } = receive(payload).then([{ type: 'FileReceived', data: { ...payload, ...allocated } }]);

      expect(state).toBe('verification');
      expect(snapshot.context).toMatchObject({
        service: letterService('KP-REG'),
        catalogueVersion: 1,
        applicant: { nip: VALID_NIP, name: 'Ahmad Fauzan', phone: '+6281234567890' },
        trackingCode: TRACKING_CODE,
        agendaNumber: AGENDA_NUMBER,
        receivedAt: RECEIVED_AT,
        submittedDocuments: ['SURAT_PENGANTAR_OPD', 'SK_PANGKAT_TERAKHIR', 'SKP_2_TAHUN', 'SK_CPNS', 'SK_PNS', 'KARPEG'],
        note: null,
      });
    });

    it('the registrar, who keeps the agenda register, may receive too', () => {
      receive(receivePayload('KP-REG'), registrar).thenState('verification');
    });

    it.each([verifier, dispatcher, dutyOfficer, kasubbidKepangkatan, admin].map((a) => [a.roles.join('+'), a]))(
      'someone with role %s may not receive a file: ActorNotAuthorizedError (403)',
      (_role, actor) => {
        receive(receivePayload('KP-REG'), actor).thenThrows(ActorNotAuthorizedError, { commandType: 'receive' });
      },
    );

    it('keeps the submitted documents once each, in checklist order, and an incomplete file is still received', () => {
      const payload = receivePayload('KP-REG', { submittedDocuments: ['KARPEG', 'SK_CPNS', 'KARPEG'] });
      const { snapshot } = receive(payload).then([{ type: 'FileReceived', data: { ...payload, ...allocated } }]);
      expect(snapshot.context.submittedDocuments).toEqual(['SK_CPNS', 'KARPEG']);
    });

    it('keeps a note, trimmed', () => {
      const payload = receivePayload('KP-REG', { note: '  diantar oleh staf OPD  ' });
      expect(receive(payload).then([{ type: 'FileReceived', data: { ...payload, ...allocated } }]).snapshot.context.note).toBe(
        'diantar oleh staf OPD',
      );
    });

    const kpReg = letterService('KP-REG');
    it.each<[string, Partial<ReceivePayload>, string]>([
      ['a service code that is not the attached service', { serviceCode: 'KP-FUNG' }, 'Layanan yang dilampirkan bukan KP-FUNG / The attached service is not KP-FUNG'],
      ['a document that is not on the checklist', { submittedDocuments: ['SK_CPNS', 'PAK'] }, "Dokumen tidak ada dalam daftar layanan ini: PAK / Documents not on this service's checklist: PAK"],
      ['a NIP with 30 February as birth date', { applicant: { nip: '198502302010031001', name: 'A', phone: '081234567890' } }, 'Tanggal lahir 19850230 pada NIP bukan tanggal yang benar / Birth date 19850230 in the NIP is not a real date'],
      ['a NIP of 17 digits', { applicant: { nip: '19850312201003100', name: 'A', phone: '081234567890' } }, 'NIP harus terdiri dari 18 angka / A NIP is exactly 18 digits'],
      ['a landline as the SMS number', { applicant: { nip: VALID_NIP, name: 'A', phone: '0511-3312345' } }, 'Nomor ini bukan nomor HP'],
      ['no applicant name', { applicant: { nip: VALID_NIP, name: '  ', phone: '081234567890' } }, 'Nama pemohon wajib diisi'],
      ['a service without an initials chain', { service: { ...kpReg, initialsChain: [] } }, 'Definisi layanan tidak lengkap'],
      ['a mistyped tracking code', { trackingCode: TRACKING_CODE.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) }, 'Kode lacak tidak sah / The tracking code is not valid'],
      ['catalogue version 0', { catalogueVersion: 0 }, 'Versi katalog layanan tidak disebutkan'],
    ])('refuses %s, and says why (422)', (_what, overrides, reason) => {
      receive(receivePayload('KP-REG', overrides)).thenThrows(CommandRejectedError, { reason: expect.stringContaining(reason) });
    });

    it('refuses a consultation as the service of a file: consultations run as konsultasi', () => {
      const payload = asJson({ ...receivePayload('KP-REG'), serviceCode: 'KONSULTASI', service: findService('KONSULTASI') });
      receive(payload).thenThrows(CommandRejectedError, { reason: expect.stringContaining('Definisi layanan tidak lengkap') });
    });

    it('refuses a service with a broken checklist, and still explains it', () => {
      const payload = asJson({ ...receivePayload('KP-REG'), service: { ...letterService('KP-REG'), documents: [null, { name: 'x' }] } });
      receive(payload).thenThrows(CommandRejectedError, { reason: expect.stringContaining('Definisi layanan tidak lengkap') });
    });

    it('tells every problem at once', () => {
      const payload = receivePayload('KP-REG', {
        applicant: { nip: '198502302010031001', name: '', phone: '0511-3312345' },
        submittedDocuments: ['PAK'],
      });
      const error = receive(payload).thenThrows(CommandRejectedError) as CommandRejectedError;
      expect(error.reason.split('; ')).toHaveLength(4);
    });

    it('refuses a receipt that the engine did not number (no agenda number allocated)', () => {
      spec
        .given()
        .when({ type: 'receive', payload: receivePayload('KP-REG'), actor: frontOffice, at: RECEIVED_AT })
        .thenThrows(CommandRejectedError, { reason: expect.stringContaining('Nomor agenda belum diberikan') });
    });

    it.each(BERKAS_COMMANDS.filter((c) => c !== 'receive').map((c) => [c]))(
      '%s finds no file to act on: InstanceNotFoundError (404)',
      (type) => {
        spec.given().when({ type, payload: {}, actor: verifier }).thenThrows(InstanceNotFoundError);
      },
    );
  });

  it('the file follows the service as it was received, not the catalogue as it is today', () => {
    const edited = { ...letterService('KP-REG'), initialsChain: ['Kasubbid Kepangkatan'] };
    const story = berkasStory('KP-REG');
    const receivedWithEditedService = {
      ...story.events.received,
      data: { ...story.events.received.data, service: asJson(edited) },
    };
    const history = [receivedWithEditedService, ...story.until('initials').slice(1)];
    spec
      .given(history)
      .when({ type: 'initial', actor: kasubbidKepangkatan })
      .then([{ type: 'DraftInitialled' }]);
    spec.given([...history, story.events.initialled[0]]).thenState('signature');
  });
});
