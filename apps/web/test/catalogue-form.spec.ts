import type { Service } from '../src/api/types';
import {
  emptyDocument,
  formOf,
  formProblems,
  NEW_SERVICE,
  putBody,
  serviceCodeOf,
} from '../src/admin/service-form';

const SERVICE: Service = {
  code: 'KARIS',
  name: { id: 'Kartu Istri', en: 'Wife card' },
  subdivision: 'kesejahteraan',
  slaWorkingDays: 7,
  documents: [
    { code: 'AKTA_NIKAH', name: { id: 'Akta nikah', en: 'Marriage certificate' }, required: true },
    {
      code: 'PAS_FOTO',
      name: { id: 'Pas foto', en: 'Photo' },
      required: false,
      condition: { id: 'bila diminta', en: 'when asked' },
    },
  ],
  initialsChain: ['Kasubbid Kesejahteraan'],
  signer: 'Kabid Hukum, Kesejahteraan dan Pemberhentian',
  classificationCode: '800.1.11.8',
};

describe('The catalogue form (admin)', () => {
  it('given a published service, when it is opened, then the form holds its SLA, checklist, chain and signer, and no reason yet', () => {
    const form = formOf(SERVICE);
    expect(form).toEqual({
      code: 'KARIS',
      nameId: 'Kartu Istri',
      nameEn: 'Wife card',
      subdivision: 'kesejahteraan',
      classificationCode: '800.1.11.8',
      slaWorkingDays: '7',
      documents: [
        {
          code: 'AKTA_NIKAH',
          nameId: 'Akta nikah',
          nameEn: 'Marriage certificate',
          required: true,
          conditionId: '',
          conditionEn: '',
        },
        {
          code: 'PAS_FOTO',
          nameId: 'Pas foto',
          nameEn: 'Photo',
          required: false,
          conditionId: 'bila diminta',
          conditionEn: 'when asked',
        },
      ],
      initialsChain: ['Kasubbid Kesejahteraan'],
      signer: 'Kabid Hukum, Kesejahteraan dan Pemberhentian',
      reason: '',
    });
    expect(formProblems(form)).toEqual({ reason: 'required' });
  });

  it('when the admin edits it, then the PUT body carries the edits, the untouched fields as they were and the version edited', () => {
    const form = {
      ...formOf(SERVICE),
      slaWorkingDays: '5',
      reason: 'Perbup',
      documents: [
        ...formOf(SERVICE).documents,
        { ...emptyDocument(), code: 'sk_baru', nameId: 'SK', nameEn: 'Decree' },
      ],
    };
    expect(putBody(form, 3)).toEqual({
      expectedVersion: 3,
      reason: 'Perbup',
      name: SERVICE.name,
      subdivision: 'kesejahteraan',
      classificationCode: '800.1.11.8',
      slaWorkingDays: 5,
      documents: [
        SERVICE.documents[0],
        SERVICE.documents[1],
        { code: 'SK_BARU', name: { id: 'SK', en: 'Decree' }, required: true },
      ],
      initialsChain: ['Kasubbid Kesejahteraan'],
      signer: SERVICE.signer,
    });
  });

  it('a new service starts empty and needs its code; the code is taken in capitals', () => {
    const form = formOf(NEW_SERVICE);
    expect(formProblems({ ...form, reason: 'r' })).toEqual({ code: 'required' });
    expect(serviceCodeOf({ ...form, code: ' kp-baru ' })).toBe('KP-BARU');
    expect(
      putBody(
        {
          ...form,
          nameId: 'Baru',
          nameEn: 'New',
          subdivision: 'mutasi',
          classificationCode: ' 800.1 ',
        },
        2,
      ),
    ).toMatchObject({
      name: { id: 'Baru', en: 'New' },
      subdivision: 'mutasi',
      classificationCode: '800.1',
    });
  });

  it.each(['0', '2.5', '', 'x'])(
    'an SLA of %j is not a whole number of working days from 1',
    (sla) => {
      expect(formProblems({ ...formOf(SERVICE), slaWorkingDays: sla, reason: 'r' })).toEqual({
        slaWorkingDays: 'sla',
      });
    },
  );
});
