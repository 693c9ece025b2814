import type { Actor } from '@satupintu/engine';

/**
 * Who performs a demo step: the caller maps a role (and, where the workflow asks for one, a post
 * or a unit) to one of its accounts, so the demo's history names real demo users.
 */
export type DemoActors = (role: string, options?: { position?: string; unit?: string }) => Actor;

/**
 * Demo staff without an account system: one person per role, post or unit, with a stable id.
 * For tests and for callers that have no demo accounts.
 */
export const simpleDemoActors: DemoActors = (role, options = {}) => {
  const where = options.position ?? options.unit;
  const id = `demo-${role}${where ? `-${where.toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : ''}`;
  return {
    id,
    name: where ? `${STAFF_NAMES[role] ?? 'Petugas'} (${where})` : (STAFF_NAMES[role] ?? 'Petugas'),
    roles: [role],
    ...(options.position !== undefined ? { position: options.position } : {}),
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
  };
};

const STAFF_NAMES: Record<string, string> = {
  front_office: 'Rina Lestari',
  registrar: 'Budi Santoso',
  verifier: 'Sari Handayani',
  dispatcher: 'Anton Wijaya',
  processor: 'Dewi Anggraini',
  initialer: 'Yusuf Rahman',
  signer: 'Hasan Basri',
  numberer: 'Tono Prasetyo',
  duty_officer: 'Wati Susanti',
  consultation_desk: 'Eka Putri',
};
