import type { LetterService } from '../types';
import { KP_REG_BASE_DOCUMENTS } from './kp-reg';

export const KP_FUNG: LetterService = {
  kind: 'letter',
  code: 'KP-FUNG',
  name: { id: 'Kenaikan Pangkat Jabatan Fungsional', en: 'Promotion in a functional position' },
  subdivision: 'kepangkatan',
  slaWorkingDays: 14,
  documents: [
    ...KP_REG_BASE_DOCUMENTS,
    {
      code: 'PAK',
      name: { id: 'Penetapan Angka Kredit (PAK)', en: 'Credit-point assessment (PAK)' },
      required: true,
    },
    {
      code: 'KLARIFIKASI_PAK',
      name: { id: 'Klarifikasi PAK', en: 'Clarification of the credit-point assessment' },
      required: false,
      condition: { id: 'Untuk pangkat IV/c ke atas', en: 'For rank IV/c and above' },
    },
  ],
  initialsChain: ['Kasubbid Kepangkatan', 'Kabid Pengembangan, Mutasi dan Promosi'],
  signer: 'Kepala Badan',
  classificationCode: '800.1.3.2',
};
