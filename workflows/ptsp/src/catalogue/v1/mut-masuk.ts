import type { LetterService } from '../types';
import { SK_CPNS, SK_PANGKAT_TERAKHIR, SK_PNS } from '../documents';

export const MUT_MASUK: LetterService = {
  kind: 'letter',
  code: 'MUT-MASUK',
  name: { id: 'Mutasi / Pindah Masuk', en: 'Transfer in from another agency' },
  subdivision: 'mutasi',
  slaWorkingDays: 21,
  documents: [
    {
      code: 'SURAT_PERMOHONAN_PINDAH',
      name: { id: 'Surat permohonan pindah dari yang bersangkutan', en: 'Personal request for transfer' },
      required: true,
    },
    {
      code: 'PERSETUJUAN_MELEPAS',
      name: { id: 'Surat persetujuan melepas dari instansi asal (asli)', en: 'Release approval from the original agency (original)' },
      required: true,
    },
    {
      code: 'PERSETUJUAN_MENERIMA',
      name: { id: 'Surat persetujuan menerima dari instansi tujuan (asli)', en: 'Acceptance approval from the receiving agency (original)' },
      required: true,
    },
    {
      code: 'ANJAB_ABK',
      name: { id: 'Analisis jabatan / analisis beban kerja', en: 'Position analysis and workload analysis' },
      required: true,
    },
    {
      code: 'PERNYATAAN_TIDAK_SEDANG_HUKDIS',
      name: {
        id: 'Surat pernyataan tidak sedang dijatuhi hukuman disiplin',
        en: 'Statement of not currently under a disciplinary penalty',
      },
      required: true,
    },
    {
      code: 'KETERANGAN_BEBAS_TEMUAN',
      name: { id: 'Surat keterangan bebas temuan', en: 'Statement of no outstanding audit findings' },
      required: true,
    },
    SK_CPNS,
    SK_PNS,
    SK_PANGKAT_TERAKHIR,
    {
      code: 'SKP_2_TAHUN',
      name: { id: 'SKP 2 tahun terakhir', en: 'Performance appraisals (SKP) of the last 2 years' },
      required: true,
    },
    {
      code: 'PERSETUJUAN_PASANGAN',
      name: { id: 'Surat persetujuan suami/istri', en: "Spouse's consent" },
      required: false,
      condition: { id: 'Jika sudah menikah', en: 'When married' },
    },
  ],
  initialsChain: ['Kasubbid Mutasi', 'Kabid Pengembangan, Mutasi dan Promosi', 'Sekretaris'],
  signer: 'Kepala Badan',
  classificationCode: '800.1.3',
};
