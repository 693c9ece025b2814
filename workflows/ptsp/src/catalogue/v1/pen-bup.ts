import type { DocumentRequirement, LetterService } from '../types';
import { SK_CPNS, SK_PANGKAT_TERAKHIR, SKP_1_TAHUN, SURAT_PENGANTAR_OPD } from '../documents';

const required = (code: string, id: string, en: string): DocumentRequirement => ({ code, name: { id, en }, required: true });

/** Everything PEN-BUP asks for; a survivor's pension (PEN-JD) asks for all of it too. */
export const PEN_BUP_DOCUMENTS: DocumentRequirement[] = [
  SURAT_PENGANTAR_OPD,
  SK_CPNS,
  SK_PANGKAT_TERAKHIR,
  SKP_1_TAHUN,
  required('DPCP', 'Data Perorangan Calon Penerima Pensiun (DPCP)', 'Personal data of the pension candidate (DPCP)'),
  required('AKTA_NIKAH_LEGALISIR_KUA', 'Salinan sah akta nikah (dilegalisir KUA)', 'Copy of the marriage certificate, legalised by the KUA'),
  required('KARTU_KELUARGA_LEGALISIR', 'Kartu Keluarga (dilegalisir Dukcapil)', 'Family card, legalised by the civil registry'),
  required('NPWP', 'NPWP', 'Tax number card (NPWP)'),
  required('KTP', 'KTP', 'Identity card (KTP)'),
  required('BUKU_REKENING_PENSIUN', 'Buku rekening bank untuk pensiun', 'Bank account book for the pension'),
  required(
    'PERNYATAAN_TIDAK_PERNAH_HUKDIS',
    'Surat pernyataan tidak pernah dijatuhi hukuman disiplin sedang/berat',
    'Statement of never having had a moderate or severe disciplinary penalty',
  ),
  required(
    'PERNYATAAN_TIDAK_PIDANA',
    'Surat pernyataan tidak sedang menjalani proses pidana',
    'Statement of not being in criminal proceedings',
  ),
  required('PAS_FOTO_3X4', 'Pas foto berwarna 3×4, 3 lembar', 'Colour passport photos 3×4, 3 copies'),
];

export const PEN_BUP: LetterService = {
  kind: 'letter',
  code: 'PEN-BUP',
  name: { id: 'Pensiun Batas Usia Pensiun', en: 'Retirement at pension age' },
  subdivision: 'pemberhentian-pensiun',
  slaWorkingDays: 21,
  documents: PEN_BUP_DOCUMENTS,
  initialsChain: ['Kasubbid Pemberhentian dan Pensiun', 'Kabid Hukum, Kesejahteraan dan Pemberhentian'],
  signer: 'Kepala Badan',
  classificationCode: '800.1.13.1',
};
