import type { LetterService } from '../types';
import { SK_PANGKAT_TERAKHIR, SKP_1_TAHUN_BAIK, SURAT_PENGANTAR_OPD } from '../documents';

export const IZIN_BELAJAR: LetterService = {
  kind: 'letter',
  code: 'IZIN-BELAJAR',
  name: { id: 'Izin Belajar', en: 'Study permit' },
  subdivision: 'pengembangan-karir',
  slaWorkingDays: 7,
  documents: [
    SURAT_PENGANTAR_OPD,
    {
      code: 'FORMULIR_IZIN_BELAJAR',
      name: { id: 'Formulir permohonan izin belajar', en: 'Study permit application form' },
      required: true,
    },
    SK_PANGKAT_TERAKHIR,
    SKP_1_TAHUN_BAIK,
    {
      code: 'URAIAN_TUGAS',
      name: { id: 'Uraian tugas, ditandatangani pejabat eselon II', en: 'Job description, signed by an echelon II official' },
      required: true,
    },
    {
      code: 'SURAT_DITERIMA_PT',
      name: {
        id: 'Surat keterangan diterima dari perguruan tinggi (akreditasi program studi minimal B)',
        en: 'Acceptance letter from the university (programme accreditation at least B)',
      },
      required: true,
    },
    {
      code: 'JADWAL_KULIAH',
      name: { id: 'Jadwal kuliah (tidak hanya pada hari kerja)', en: 'Class schedule (not only on working days)' },
      required: true,
    },
  ],
  initialsChain: ['Kasubbid Pengembangan Karir'],
  signer: 'Sekretaris',
  classificationCode: '800.1.4',
};
