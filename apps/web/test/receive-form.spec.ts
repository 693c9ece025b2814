import type { Service } from '../src/api/types';
import {
  checklistOf,
  checkReceiveForm,
  EMPTY_RECEIVE_FORM,
  hasProblems,
  nipParts,
  toCreateCase,
} from '../src/receive/receive-form';

const TODAY = new Date('2026-11-27T03:00:00Z');
const SERVICE: Service = {
  code: 'KP-REG',
  name: { id: 'Kenaikan Pangkat Reguler', en: 'Regular promotion' },
  subdivision: 'kepangkatan',
  slaWorkingDays: 14,
  documents: [
    { code: 'SK_CPNS', name: { id: 'SK CPNS', en: 'CPNS decree' }, required: true },
    { code: 'SK_PNS', name: { id: 'SK PNS', en: 'PNS decree' }, required: true },
    { code: 'SPMT', name: { id: 'SPMT', en: 'SPMT' }, required: false },
  ],
  initialsChain: ['Kasubbid Kepangkatan'],
  signer: 'Kepala Badan',
  classificationCode: '800.1.3.2',
};
const filled = {
  ...EMPTY_RECEIVE_FORM,
  serviceCode: 'KP-REG',
  submitted: new Set(['SK_PNS', 'SPMT']),
  nip: '19850312 201003 1 001',
  name: '  Ahmad Fauzan ',
  phone: '0812-3456-7890',
};

describe('The receive form, checked as the clerk types', () => {
  it('asks for every field of an empty form', () => {
    const problems = checkReceiveForm(EMPTY_RECEIVE_FORM, TODAY);
    expect(problems).toEqual({
      serviceCode: [{ key: 'required' }],
      nip: [{ key: 'required' }],
      name: [{ key: 'required' }],
      phone: [{ key: 'required' }],
    });
  });

  it('explains a NIP that is too short and a NIP whose dates are impossible, in both languages', () => {
    expect(checkReceiveForm({ ...filled, nip: '1985031220' }, TODAY).nip).toEqual([
      { text: { id: 'NIP harus terdiri dari 18 angka', en: 'A NIP is exactly 18 digits' } },
    ]);
    const wrongDates = checkReceiveForm({ ...filled, nip: '198513322010131001' }, TODAY).nip ?? [];
    expect(wrongDates.length).toBe(2);
  });

  it('accepts a NIP typed with spaces and dots, and reads it back', () => {
    expect(checkReceiveForm(filled, TODAY).nip).toBeUndefined();
    expect(nipParts('19850312.201003.1.001', TODAY)).toEqual({
      birthDate: '1985-03-12',
      serviceStart: '2010-03',
      sex: 'male',
      sequence: '001',
    });
  });

  it('refuses a landline or a short mobile number', () => {
    expect(checkReceiveForm({ ...filled, phone: '0511-3352211' }, TODAY).phone).toHaveLength(1);
    expect(checkReceiveForm({ ...filled, phone: '0812 345' }, TODAY).phone).toHaveLength(1);
    expect(
      checkReceiveForm({ ...filled, phone: '+62 812-3456-7890' }, TODAY).phone,
    ).toBeUndefined();
  });

  it('has no problems once filled in, even with required documents missing (the receipt lists them)', () => {
    expect(hasProblems(checkReceiveForm(filled, TODAY))).toBe(false);
    expect(checklistOf(SERVICE, filled.submitted)).toEqual({
      handedIn: [SERVICE.documents[1], SERVICE.documents[2]],
      missingRequired: [SERVICE.documents[0]],
      missingOptional: [],
    });
  });

  it("sends the NIP without spaces, trimmed words, and only the service's own documents", () => {
    const form = toCreateCase(
      { ...filled, submitted: new Set(['SK_PNS', 'NOT_OF_THIS_SERVICE']) },
      SERVICE,
    );
    expect(form).toEqual({
      serviceCode: 'KP-REG',
      applicant: { nip: '198503122010031001', name: 'Ahmad Fauzan', phone: '0812-3456-7890' },
      submittedDocuments: ['SK_PNS'],
    });
    expect(toCreateCase({ ...filled, note: ' diantar OPD ' }, SERVICE).note).toBe('diantar OPD');
  });
});
