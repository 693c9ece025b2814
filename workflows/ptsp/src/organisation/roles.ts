import type { Text } from '../i18n/text';

/** What a staff account may do; one person may hold several roles in a small office. */
export const ROLE_CODES = [
  'front_office',
  'registrar',
  'verifier',
  'dispatcher',
  'processor',
  'initialer',
  'signer',
  'numberer',
  'duty_officer',
  'consultation_desk',
  'supervisor',
  'auditor',
  'admin',
] as const;

export type Role = (typeof ROLE_CODES)[number];

/**
 * The scheduler's role (the engine's SYSTEM_ACTOR holds it): no person is given it,
 * so it is not among the roles an admin assigns.
 */
export const SYSTEM_ROLE = 'system';

export type RoleDefinition = { code: Role; label: Text };

export const ROLES: RoleDefinition[] = [
  { code: 'front_office', label: { id: 'Petugas penerima berkas', en: 'Front office' } },
  { code: 'registrar', label: { id: 'Petugas pencatat surat masuk', en: 'Registrar of incoming letters' } },
  { code: 'verifier', label: { id: 'Petugas pemeriksa berkas', en: 'File verifier' } },
  { code: 'dispatcher', label: { id: 'Petugas pemroses surat (disposisi)', en: 'Dispatcher' } },
  { code: 'processor', label: { id: 'Pengelola bidang / sub bidang', en: 'Sub-division processor' } },
  { code: 'initialer', label: { id: 'Pejabat pemberi paraf', en: 'Initialling official' } },
  { code: 'signer', label: { id: 'Pejabat penandatangan', en: 'Signing official' } },
  { code: 'numberer', label: { id: 'Petugas penomoran surat keluar', en: 'Outgoing letter numberer' } },
  { code: 'duty_officer', label: { id: 'Petugas piket', en: 'Duty officer' } },
  { code: 'consultation_desk', label: { id: 'Pengantar konsultasi', en: 'Consultation desk' } },
  { code: 'supervisor', label: { id: 'Atasan / kepala bagian', en: 'Supervisor' } },
  { code: 'auditor', label: { id: 'Auditor (Inspektorat, BPK)', en: 'Auditor' } },
  { code: 'admin', label: { id: 'Administrator', en: 'Administrator' } },
];
