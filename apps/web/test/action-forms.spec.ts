import type { CaseDetail, Service } from '../src/api/types';
import { checkAction, initialValues, toActionRequest } from '../src/case/action-forms';

const SERVICE = {
  code: 'KP-REG',
  subdivision: 'kepangkatan',
  documents: [
    { code: 'SK_CPNS', name: { id: 'SK CPNS', en: 'CPNS decree' }, required: true },
    { code: 'SK_PNS', name: { id: 'SK PNS', en: 'PNS decree' }, required: true },
    { code: 'SPMT', name: { id: 'SPMT', en: 'SPMT' }, required: false },
  ],
} as Service;
const DETAIL = {
  id: 'berkas-1',
  revision: 4,
  subdivision: 'kepangkatan',
  submittedDocuments: ['SK_PNS'],
  missingDocuments: [],
  applicant: { nip: '198503122010031001', name: 'Ahmad Fauzan', phone: '+6281234567890' },
} as unknown as CaseDetail;

describe('Action forms on the case page', () => {
  it('starts a return with the required documents not handed in, and a resubmission with what is in the file', () => {
    expect(initialValues('return_incomplete', DETAIL, SERVICE)).toEqual({
      missingDocuments: ['SK_CPNS'],
    });
    expect(initialValues('resubmit', DETAIL, SERVICE)).toEqual({ submittedDocuments: ['SK_PNS'] });
    expect(initialValues('dispose', DETAIL, SERVICE)).toEqual({ subdivision: 'kepangkatan' });
    expect(initialValues('hand_over', DETAIL, SERVICE)).toEqual({
      recipientName: 'Ahmad Fauzan',
      relation: 'self',
    });
  });

  it('asks for what each action needs before it is sent', () => {
    expect(checkAction('return_incomplete', { missingDocuments: [] }, DETAIL)).toEqual({
      missingDocuments: 'chooseDocument',
    });
    expect(checkAction('send_back', { reason: '   ' }, DETAIL)).toEqual({ reason: 'required' });
    expect(checkAction('submit_draft', { summary: 'x'.repeat(2001) }, DETAIL)).toEqual({
      summary: 'tooLong',
    });
    expect(
      checkAction('redispose', { subdivision: 'kepangkatan', reason: 'salah' }, DETAIL),
    ).toEqual({
      subdivision: 'sameSubdivision',
    });
    expect(
      checkAction('hand_over', { recipientName: 'Noor', relation: 'representative' }, DETAIL),
    ).toEqual({
      recipientIdNumber: 'required',
    });
    expect(checkAction('initial', {}, DETAIL)).toEqual({});
  });

  it('sends the type, the revision the user saw and only the fields the action takes', () => {
    expect(toActionRequest('initial', { reason: 'ignored' }, 4)).toEqual({
      type: 'initial',
      expectedRevision: 4,
    });
    expect(
      toActionRequest('return_incomplete', { missingDocuments: ['SK_CPNS'], note: '' }, 1),
    ).toEqual({
      type: 'return_incomplete',
      expectedRevision: 1,
      missingDocuments: ['SK_CPNS'],
    });
    expect(
      toActionRequest(
        'hand_over',
        { recipientName: ' Ahmad ', relation: 'self', recipientIdNumber: '6371' },
        13,
      ),
    ).toEqual({
      type: 'hand_over',
      expectedRevision: 13,
      recipientName: 'Ahmad',
      relation: 'self',
    });
  });
});
