import { SYSTEM_ACTOR, type Actor, type Principal } from '@satupintu/engine';

/** The staff of a small BKD office, one actor per job, for specs. */
export const frontOffice: Actor = { id: 'u-rina', name: 'Rina', roles: ['front_office'] };
export const registrar: Actor = { id: 'u-budi', name: 'Budi', roles: ['registrar'] };
export const verifier: Actor = { id: 'u-sari', name: 'Sari', roles: ['verifier'] };
export const dispatcher: Actor = { id: 'u-anton', name: 'Anton', roles: ['dispatcher'] };
export const processorKepangkatan: Actor = { id: 'u-dewi', name: 'Dewi', roles: ['processor'], unit: 'kepangkatan' };
export const processorMutasi: Actor = { id: 'u-hendra', name: 'Hendra', roles: ['processor'], unit: 'mutasi' };
export const processorKesejahteraan: Actor = { id: 'u-lina', name: 'Lina', roles: ['processor'], unit: 'kesejahteraan' };
export const kasubbidKepangkatan: Actor = {
  id: 'u-yusuf',
  name: 'Yusuf',
  roles: ['initialer'],
  position: 'Kasubbid Kepangkatan',
  unit: 'kepangkatan',
};
export const kabidPmp: Actor = {
  id: 'u-fauzi',
  name: 'Fauzi',
  roles: ['initialer'],
  position: 'Kabid Pengembangan, Mutasi dan Promosi',
  unit: 'pengembangan-mutasi-promosi',
};
export const kasubbidMutasi: Actor = { id: 'u-ratna', name: 'Ratna', roles: ['initialer'], position: 'Kasubbid Mutasi', unit: 'mutasi' };
export const kasubbidKesejahteraan: Actor = {
  id: 'u-maya',
  name: 'Maya',
  roles: ['initialer'],
  position: 'Kasubbid Kesejahteraan',
  unit: 'kesejahteraan',
};
export const kabidHkp: Actor = {
  id: 'u-rahmat',
  name: 'Rahmat',
  roles: ['initialer', 'signer'],
  position: 'Kabid Hukum, Kesejahteraan dan Pemberhentian',
  unit: 'hukum-kesejahteraan-pemberhentian',
};
export const sekretaris: Actor = { id: 'u-nur', name: 'Nur', roles: ['initialer', 'signer'], position: 'Sekretaris', unit: 'sekretariat' };
export const kepalaBadan: Actor = { id: 'u-hasan', name: 'Hasan', roles: ['signer'], position: 'Kepala Badan', unit: 'bkd' };
export const numberer: Actor = { id: 'u-tono', name: 'Tono', roles: ['numberer'] };
export const dutyOfficer: Actor = { id: 'u-wati', name: 'Wati', roles: ['duty_officer'] };
export const consultationDesk: Actor = { id: 'u-eka', name: 'Eka', roles: ['consultation_desk'] };
export const supervisor: Actor = { id: 'u-agus', name: 'Agus', roles: ['supervisor'] };
export const auditor: Actor = { id: 'u-inspektorat', name: 'Inspektorat', roles: ['auditor'] };
export const admin: Actor = { id: 'u-admin', name: 'Admin', roles: ['admin'] };
export const system: Actor = SYSTEM_ACTOR;

const principal = ({ id, name, roles, position, unit }: Actor): Principal => ({ id, name, roles, position, unit });

/** Someone outside the chain named Plh (acting) for an official who is away. */
export function actingFor(official: Actor, deputy: Actor = { id: 'u-plh', name: 'Irwan', roles: ['processor'], unit: 'mutasi' }): Actor {
  return { ...deputy, actingFor: [principal(official)] };
}

/** Everyone above, to try a command with each of them. */
export const everyone: Actor[] = [
  frontOffice,
  registrar,
  verifier,
  dispatcher,
  processorKepangkatan,
  processorMutasi,
  processorKesejahteraan,
  kasubbidKepangkatan,
  kabidPmp,
  kasubbidMutasi,
  kasubbidKesejahteraan,
  kabidHkp,
  sekretaris,
  kepalaBadan,
  numberer,
  dutyOfficer,
  consultationDesk,
  supervisor,
  auditor,
  admin,
  system,
];
