import { ROLES, ROLE_CODES } from './roles';
import { ORGANISATION_UNITS, POSITIONS, SUBDIVISIONS, findPosition, findUnit } from './units';

describe('The organisation (PTSP.md)', () => {
  it('has one head of agency, a secretariat with two sub-sections, and four divisions of three sub-divisions each', () => {
    const kinds = (kind: string) => ORGANISATION_UNITS.filter((u) => u.kind === kind);
    expect(kinds('agency').map((u) => u.head.title)).toEqual(['Kepala Badan']);
    expect(kinds('secretariat').map((u) => u.head.title)).toEqual(['Sekretaris']);
    expect(kinds('subsection').map((u) => u.parent)).toEqual(['sekretariat', 'sekretariat']);
    expect(kinds('division')).toHaveLength(4);
    for (const division of kinds('division')) {
      expect(SUBDIVISIONS.filter((s) => s.parent === division.code)).toHaveLength(3);
    }
  });

  it('has unique unit codes and post titles, and every unit hangs under an existing one', () => {
    expect(new Set(ORGANISATION_UNITS.map((u) => u.code)).size).toBe(ORGANISATION_UNITS.length);
    expect(new Set(POSITIONS.map((p) => p.title)).size).toBe(POSITIONS.length);
    for (const unit of ORGANISATION_UNITS) {
      if (unit.kind !== 'agency') expect(findUnit(unit.parent ?? '')).toBeDefined();
    }
  });

  it('names the posts of services.md exactly as it writes them', () => {
    expect(findPosition('Kasubbid Kepangkatan')?.unit).toBe('kepangkatan');
    expect(findPosition('Kasubbid Kesejahteraan')?.unit).toBe('kesejahteraan');
    expect(findPosition('Kabid Pengembangan, Mutasi dan Promosi')?.unit).toBe('pengembangan-mutasi-promosi');
    expect(findPosition('Kabid Hukum, Kesejahteraan dan Pemberhentian')?.name).toEqual({
      id: 'Kepala Bidang Hukum, Kesejahteraan dan Pemberhentian',
      en: 'Head of the Law, Welfare and Dismissal Division',
    });
  });

  it('uses lower-case dashed codes for units, which is what dispositions carry', () => {
    for (const unit of ORGANISATION_UNITS) expect(unit.code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('Roles', () => {
  it('are the thirteen of PTSP.md, each with an Indonesian and an English label', () => {
    expect(ROLES.map((r) => r.code)).toEqual([...ROLE_CODES]);
    expect(ROLE_CODES).toHaveLength(13);
    for (const { label } of ROLES) {
      expect(label.id.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
    }
  });
});
