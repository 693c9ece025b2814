import type { LetterService } from '../types';
import { PEN_BUP_DOCUMENTS } from './pen-bup';

export const PEN_JD: LetterService = {
  kind: 'letter',
  code: 'PEN-JD',
  name: { id: 'Pensiun Janda/Duda', en: "Survivor's pension" },
  subdivision: 'pemberhentian-pensiun',
  slaWorkingDays: 14,
  documents: [
    ...PEN_BUP_DOCUMENTS,
    { code: 'AKTA_KEMATIAN', name: { id: 'Akta kematian', en: 'Death certificate' }, required: true },
    {
      code: 'KETERANGAN_JANDA_DUDA',
      name: {
        id: 'Surat keterangan janda/duda dari lurah/camat',
        en: 'Widow/widower statement from the village or district head',
      },
      required: true,
    },
  ],
  initialsChain: ['Kasubbid Pemberhentian dan Pensiun', 'Kabid Hukum, Kesejahteraan dan Pemberhentian'],
  signer: 'Kepala Badan',
  classificationCode: '800.1.13.1',
};
