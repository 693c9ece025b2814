import type { LetterService } from '../types';
import { SK_PANGKAT_TERAKHIR } from '../documents';

export const CLTN: LetterService = {
  kind: 'letter',
  code: 'CLTN',
  name: { id: 'Cuti di Luar Tanggungan Negara', en: 'Unpaid leave' },
  subdivision: 'kedudukan-hukum',
  slaWorkingDays: 10,
  documents: [
    {
      code: 'SURAT_PERMOHONAN_CUTI',
      name: { id: 'Surat permohonan cuti dari yang bersangkutan', en: 'Personal request for leave' },
      required: true,
    },
    {
      code: 'PERSETUJUAN_ATASAN_PPK',
      name: {
        id: 'Surat persetujuan atasan langsung dan pejabat pembina kepegawaian',
        en: 'Approval of the direct superior and of the personnel management official',
      },
      required: true,
    },
    {
      code: 'ALASAN_DAN_BUKTI',
      name: { id: 'Alasan yang sah dan dokumen pendukungnya', en: 'The reason for the leave and its evidence' },
      required: true,
    },
    SK_PANGKAT_TERAKHIR,
  ],
  initialsChain: ['Kasubbid Kedudukan Hukum', 'Kabid Hukum, Kesejahteraan dan Pemberhentian'],
  signer: 'Kepala Badan',
  classificationCode: '800.1.11.7',
};
