import type { Text } from '../i18n/text';

export type UnitKind = 'agency' | 'secretariat' | 'subsection' | 'division' | 'subdivision';

/** A post that one official holds, e.g. "Kasubbid Kepangkatan": what signing chains name. */
export type Position = {
  /** The post as the office writes it; actors carry it in `position`, catalogues in chains. */
  title: string;
  name: Text;
  /** The unit the post heads. */
  unit: string;
};

export type OrganisationUnit = {
  /** A stable code, e.g. `kepangkatan`: cases are routed to sub-divisions by it. */
  code: string;
  kind: UnitKind;
  name: Text;
  /** The unit this one belongs to; the agency has none. */
  parent?: string;
  head: Position;
};

const unit = (
  code: string,
  kind: UnitKind,
  parent: string | undefined,
  name: Text,
  headTitle: string,
  headName: Text,
): OrganisationUnit => ({
  code,
  kind,
  name,
  ...(parent ? { parent } : {}),
  head: { title: headTitle, name: headName, unit: code },
});

const division = (code: string, id: string, en: string, headTitle: string) =>
  unit(code, 'division', 'bkd', { id: `Bidang ${id}`, en: `${en} Division` }, headTitle, {
    id: `Kepala Bidang ${id}`,
    en: `Head of the ${en} Division`,
  });

const subdivision = (code: string, parent: string, id: string, en: string, headTitle: string) =>
  unit(code, 'subdivision', parent, { id: `Sub Bidang ${id}`, en: `${en} Sub-division` }, headTitle, {
    id: `Kepala Sub Bidang ${id}`,
    en: `Head of the ${en} Sub-division`,
  });

const subsection = (code: string, id: string, en: string, headTitle: string) =>
  unit(code, 'subsection', 'sekretariat', { id: `Sub Bagian ${id}`, en: `${en} Sub-section` }, headTitle, {
    id: `Kepala Sub Bagian ${id}`,
    en: `Head of the ${en} Sub-section`,
  });

/**
 * The agency as PTSP.md "The organization" describes it. Post titles of the heads are written
 * exactly as services.md writes them in signing chains (e.g. "Kasubbid Kesejahteraan" heads the
 * sub-division "Kesejahteraan dan Fasilitasi Profesi ASN").
 */
export const ORGANISATION_UNITS: OrganisationUnit[] = [
  unit(
    'bkd',
    'agency',
    undefined,
    { id: 'Badan Kepegawaian Daerah', en: 'Regional Civil Service Agency' },
    'Kepala Badan',
    { id: 'Kepala Badan', en: 'Head of Agency' },
  ),
  unit('sekretariat', 'secretariat', 'bkd', { id: 'Sekretariat', en: 'Secretariat' }, 'Sekretaris', {
    id: 'Sekretaris',
    en: 'Secretary',
  }),
  subsection('perencanaan-keuangan-aset', 'Perencanaan, Keuangan dan Aset', 'Planning, Finance and Assets', 'Kasubbag Perencanaan, Keuangan dan Aset'),
  subsection('umum-kepegawaian', 'Umum dan Kepegawaian', 'General Affairs and Personnel', 'Kasubbag Umum dan Kepegawaian'),

  division('pengadaan-pemberhentian-informasi', 'Pengadaan, Pemberhentian dan Informasi Kepegawaian', 'Procurement, Dismissal and Personnel Information', 'Kabid Pengadaan, Pemberhentian dan Informasi Kepegawaian'),
  subdivision('pengadaan-pemberhentian', 'pengadaan-pemberhentian-informasi', 'Pengadaan dan Pemberhentian', 'Procurement and Dismissal', 'Kasubbid Pengadaan dan Pemberhentian'),
  subdivision('fasilitasi-profesi-asn', 'pengadaan-pemberhentian-informasi', 'Fasilitasi Profesi ASN', 'ASN Professional Facilitation', 'Kasubbid Fasilitasi Profesi ASN'),
  subdivision('data-informasi', 'pengadaan-pemberhentian-informasi', 'Data dan Informasi', 'Data and Information', 'Kasubbid Data dan Informasi'),

  division('pengembangan-mutasi-promosi', 'Pengembangan, Mutasi dan Promosi', 'Development, Transfer and Promotion', 'Kabid Pengembangan, Mutasi dan Promosi'),
  subdivision('mutasi', 'pengembangan-mutasi-promosi', 'Mutasi', 'Transfer', 'Kasubbid Mutasi'),
  subdivision('kepangkatan', 'pengembangan-mutasi-promosi', 'Kepangkatan', 'Rank', 'Kasubbid Kepangkatan'),
  subdivision('pengembangan-karir', 'pengembangan-mutasi-promosi', 'Pengembangan Karir dan Promosi Jabatan', 'Career Development and Promotion', 'Kasubbid Pengembangan Karir'),

  division('hukum-kesejahteraan-pemberhentian', 'Hukum, Kesejahteraan dan Pemberhentian', 'Law, Welfare and Dismissal', 'Kabid Hukum, Kesejahteraan dan Pemberhentian'),
  subdivision('kedudukan-hukum', 'hukum-kesejahteraan-pemberhentian', 'Kedudukan Hukum, Disiplin dan Penilaian Kinerja', 'Legal Status, Discipline and Performance', 'Kasubbid Kedudukan Hukum'),
  subdivision('kesejahteraan', 'hukum-kesejahteraan-pemberhentian', 'Kesejahteraan dan Fasilitasi Profesi ASN', 'Welfare and ASN Professional Facilitation', 'Kasubbid Kesejahteraan'),
  subdivision('pemberhentian-pensiun', 'hukum-kesejahteraan-pemberhentian', 'Pemberhentian dan Pensiun', 'Dismissal and Pension', 'Kasubbid Pemberhentian dan Pensiun'),

  division('penilaian-kinerja-penghargaan', 'Penilaian Kinerja dan Penghargaan', 'Performance Appraisal and Awards', 'Kabid Penilaian Kinerja dan Penghargaan'),
  subdivision('hukum-kesejahteraan-asn', 'penilaian-kinerja-penghargaan', 'Hukum dan Kesejahteraan ASN', 'Law and ASN Welfare', 'Kasubbid Hukum dan Kesejahteraan ASN'),
  subdivision('disiplin-penghargaan', 'penilaian-kinerja-penghargaan', 'Disiplin dan Penghargaan', 'Discipline and Awards', 'Kasubbid Disiplin dan Penghargaan'),
  subdivision('penilaian-evaluasi-kinerja', 'penilaian-kinerja-penghargaan', 'Penilaian dan Evaluasi Kinerja', 'Performance Appraisal and Evaluation', 'Kasubbid Penilaian dan Evaluasi Kinerja'),
];

/** The sub-divisions (Sub Bidang): where files are disposed to and processed. */
export const SUBDIVISIONS: OrganisationUnit[] = ORGANISATION_UNITS.filter((u) => u.kind === 'subdivision');

/** Every post of the organisation, one per unit head. */
export const POSITIONS: Position[] = ORGANISATION_UNITS.map((u) => u.head);

export function findUnit(code: string): OrganisationUnit | undefined {
  return ORGANISATION_UNITS.find((u) => u.code === code);
}

export function findPosition(title: string): Position | undefined {
  return POSITIONS.find((p) => p.title === title);
}
