import type { Actor } from '@satupintu/engine';
import { mayAct, waitingOnFor, type Permissions } from './permissions';
import { describeRequirement, meetsRequirement, type Requirement } from './requirement';

type Case = { post?: string; unit?: string };
const official: Requirement<Case> = { roles: ['signer'], position: (c) => c.post };
const ofTheUnit: Requirement<Case> = { roles: ['processor'], unit: (c) => c.unit };
const head: Actor = { id: 'head', roles: ['signer'], position: 'Kepala Badan' };

describe('Requirements: who may act', () => {
  it('by role: holding one of the roles is enough', () => {
    expect(meetsRequirement({ roles: ['front_office', 'registrar'] }, {}, { id: 'a', roles: ['registrar'] })).toBe(true);
    expect(meetsRequirement({ roles: ['front_office', 'registrar'] }, {}, { id: 'a', roles: ['verifier'] })).toBe(false);
  });

  it('by post: the holder with the role, not the holder without it, not someone else with the role', () => {
    const context = { post: 'Kepala Badan' };
    expect(meetsRequirement(official, context, head)).toBe(true);
    expect(meetsRequirement(official, context, { ...head, roles: ['supervisor'] })).toBe(false);
    expect(meetsRequirement(official, context, { id: 'sek', roles: ['signer'], position: 'Sekretaris' })).toBe(false);
  });

  it('by post: whoever acts for the holder (Plh), whatever their own roles; not someone acting for another post', () => {
    const context = { post: 'Kepala Badan' };
    expect(meetsRequirement(official, context, { id: 'plh', roles: [], actingFor: [head] })).toBe(true);
    expect(meetsRequirement(official, context, { id: 'plh', roles: ['signer'], actingFor: [{ id: 's', roles: [], position: 'Sekretaris' }] })).toBe(false);
  });

  it('by post: nobody when the case names no post', () => {
    expect(meetsRequirement(official, {}, head)).toBe(false);
  });

  it('by unit: only in the unit the case names, and nobody when it names none', () => {
    const processor = { id: 'p', roles: ['processor'], unit: 'mutasi' };
    expect(meetsRequirement(ofTheUnit, { unit: 'mutasi' }, processor)).toBe(true);
    expect(meetsRequirement(ofTheUnit, { unit: 'kepangkatan' }, processor)).toBe(false);
    expect(meetsRequirement(ofTheUnit, {}, processor)).toBe(false);
  });

  it('describes whom a case waits on', () => {
    expect(describeRequirement(official, { post: 'Kepala Badan' })).toEqual({ roles: ['signer'], positions: ['Kepala Badan'] });
    expect(describeRequirement(ofTheUnit, { unit: 'mutasi' })).toEqual({ roles: ['processor'], unit: 'mutasi' });
  });
});

describe('Permission tables', () => {
  const table: Permissions<'open' | 'done', 'close', Case> = { open: { close: { roles: ['clerk'] } }, done: {} };
  const clerk = { id: 'c', roles: ['clerk'] };

  it('answer by state and command, and nothing for what they do not list', () => {
    expect(mayAct(table, 'open', 'close', {}, clerk)).toBe(true);
    expect(mayAct(table, 'done', 'close', {}, clerk)).toBe(false);
    expect(mayAct(table, 'gone', 'close', {}, clerk)).toBe(false);
  });

  it('find nothing under names that objects inherit', () => {
    expect(mayAct(table, 'open', 'constructor', {}, clerk)).toBe(false);
    expect(mayAct(table, 'toString', 'close', {}, clerk)).toBe(false);
  });

  it('say whom a state waits on by its forward command, and nobody for a state without one', () => {
    expect(waitingOnFor(table, { open: 'close' }, 'open', {})).toEqual({ roles: ['clerk'] });
    expect(waitingOnFor(table, { open: 'close' }, 'done', {})).toBeNull();
  });
});
