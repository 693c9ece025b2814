import type { LetterService } from '../types';
import { AKTA_NIKAH, SK_CPNS, SK_PNS } from '../documents';

export const KARIS: LetterService = {
  kind: 'letter',
  code: 'KARIS',
  name: { id: 'Kartu Istri / Kartu Suami', en: 'Spouse card' },
  subdivision: 'kesejahteraan',
  slaWorkingDays: 7,
  documents: [
    {
      code: 'LAPORAN_PERKAWINAN_PERTAMA',
      name: {
        id: 'Laporan perkawinan pertama, ditandatangani atasan',
        en: 'Report of the first marriage, signed by the superior',
      },
      required: true,
    },
    AKTA_NIKAH,
    SK_CPNS,
    SK_PNS,
    {
      code: 'PAS_FOTO_PASANGAN',
      name: { id: 'Pas foto 3×4 suami/istri, 2 lembar', en: "Spouse's passport photos 3×4, 2 copies" },
      required: true,
    },
  ],
  initialsChain: ['Kasubbid Kesejahteraan'],
  signer: 'Kabid Hukum, Kesejahteraan dan Pemberhentian',
  classificationCode: '800.1.11.8',
};
