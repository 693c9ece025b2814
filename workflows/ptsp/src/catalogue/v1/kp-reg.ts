import type { DocumentRequirement, LetterService } from '../types';
import { KARPEG, SK_CPNS, SK_PANGKAT_TERAKHIR, SK_PNS, SKP_2_TAHUN_BAIK, SURAT_PENGANTAR_OPD } from '../documents';

const whenStructural = {
  id: 'Hanya jika menduduki jabatan struktural',
  en: 'Only when the employee holds a structural position',
};

/** The unconditional part of KP-REG, which KP-FUNG asks for too. */
export const KP_REG_BASE_DOCUMENTS: DocumentRequirement[] = [
  SURAT_PENGANTAR_OPD,
  SK_PANGKAT_TERAKHIR,
  SKP_2_TAHUN_BAIK,
  SK_CPNS,
  SK_PNS,
  KARPEG,
];

export const KP_REG: LetterService = {
  kind: 'letter',
  code: 'KP-REG',
  name: { id: 'Kenaikan Pangkat Reguler', en: 'Regular promotion' },
  subdivision: 'kepangkatan',
  slaWorkingDays: 14,
  documents: [
    ...KP_REG_BASE_DOCUMENTS,
    {
      code: 'SK_JABATAN',
      name: { id: 'Salinan sah SK jabatan', en: 'Certified copy of the position decree' },
      required: false,
      condition: whenStructural,
    },
    {
      code: 'BA_PELANTIKAN',
      name: { id: 'Berita acara pelantikan', en: 'Record of the inauguration' },
      required: false,
      condition: whenStructural,
    },
    {
      code: 'SPMT',
      name: { id: 'Surat pernyataan melaksanakan tugas (SPMT)', en: 'Statement of assumption of duty (SPMT)' },
      required: false,
      condition: whenStructural,
    },
  ],
  initialsChain: ['Kasubbid Kepangkatan', 'Kabid Pengembangan, Mutasi dan Promosi'],
  signer: 'Kepala Badan',
  classificationCode: '800.1.3.2',
};
