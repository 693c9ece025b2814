import { catalogue, findService, isLetterService } from './catalogue';
import { publishCatalogueChange, type CatalogueChange } from './catalogue-change';
import { diffService } from './service-diff';
import { letterServiceProblems } from './service-rules';
import type { Catalogue, LetterService } from './types';

const v1 = () => catalogue(1);
const letter = (code: string, from: Catalogue = v1()): LetterService => {
  const service = from.services.find((s) => s.code === code);
  if (!isLetterService(service)) throw new Error(`${code} is not a letter service`);
  return structuredClone(service);
};
const edited = (code: string, edit: Partial<LetterService>): LetterService => ({ ...letter(code), ...edit });
const published = (changes: CatalogueChange[], from = v1()): Catalogue => {
  const outcome = publishCatalogueChange(from, changes);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome.catalogue;
};
/** The problems as the admin reads them (English); each also names its rule: see "names the rule". */
const problemsOf = (changes: CatalogueChange[], from = v1()) => {
  const outcome = publishCatalogueChange(from, changes);
  return outcome.ok ? [] : outcome.problems.map(({ field, problem }) => ({ field, problem }));
};

describe('Publishing a catalogue change', () => {
  describe('given the seed catalogue, version 1', () => {
    it("when an admin shortens KP-REG's SLA to 10 working days, then version 2 has it and every other service as it was", () => {
      const next = published([{ action: 'update', service: edited('KP-REG', { slaWorkingDays: 10 }) }]);
      expect(next.version).toBe(2);
      expect(letter('KP-REG', next).slaWorkingDays).toBe(10);
      expect(next.services.filter((s) => s.code !== 'KP-REG')).toEqual(v1().services.filter((s) => s.code !== 'KP-REG'));
    });

    it('when the chain and the checklist change, then version 2 carries exactly the new chain and checklist', () => {
      const kpReg = letter('KP-REG');
      const chain = ['Kasubbid Kepangkatan', 'Kabid Pengembangan, Mutasi dan Promosi', 'Sekretaris'];
      const documents = [...kpReg.documents.slice(0, 3), { code: 'SURAT_PERNYATAAN', name: { id: 'Surat pernyataan', en: 'Statement' }, required: true }];
      const next = published([{ action: 'update', service: { ...kpReg, initialsChain: chain, documents } }]);
      expect(letter('KP-REG', next)).toMatchObject({ initialsChain: chain, documents });
    });

    it('when a new letter service is added, then it is offered before the consultation, which stays last', () => {
      const service: LetterService = { ...letter('KARIS'), code: 'KARSU', name: { id: 'Kartu Suami', en: 'Husband card' } };
      const next = published([{ action: 'add', service }]);
      expect(next.services.map((s) => s.code).slice(-2)).toEqual(['KARSU', 'KONSULTASI']);
    });

    it('when a service is retired, then the next version no longer offers it', () => {
      const next = published([{ action: 'retire', code: 'CLTN' }]);
      expect(next.services.map((s) => s.code)).not.toContain('CLTN');
      expect(next.services).toHaveLength(v1().services.length - 1);
    });

    it('stores only what a service is made of: stray fields dropped, texts trimmed', () => {
      const service = { ...edited('KARIS', { name: { id: ' Kartu Istri ', en: 'Wife card ' } }), note: 'stray' } as LetterService;
      const outcome = publishCatalogueChange(v1(), [{ action: 'update', service }]);
      if (!outcome.ok) throw new Error('refused');
      expect(outcome.changes).toEqual([{ action: 'update', service: { ...letter('KARIS'), name: { id: 'Kartu Istri', en: 'Wife card' } } }]);
      expect(letter('KARIS', outcome.catalogue)).not.toHaveProperty('note');
    });

    it('leaves the catalogue it was given alone (versions are immutable)', () => {
      const current = v1();
      published([{ action: 'update', service: edited('KP-REG', { slaWorkingDays: 3 }) }], current);
      expect(current).toEqual(v1());
    });
  });

  describe('given version 2 was published from version 1', () => {
    it('when a change is published on version 2, then version 3 builds on 2, not on the seed', () => {
      const v2 = published([{ action: 'update', service: edited('KP-REG', { slaWorkingDays: 10 }) }]);
      const v3 = published([{ action: 'update', service: { ...letter('KARIS', v2), slaWorkingDays: 5 } }], v2);
      expect(v3.version).toBe(3);
      expect(letter('KP-REG', v3).slaWorkingDays).toBe(10);
      expect(letter('KARIS', v3).slaWorkingDays).toBe(5);
    });
  });

  describe('refusals, field by field', () => {
    it('an SLA below one working day, or not a whole number', () => {
      expect(problemsOf([{ action: 'update', service: edited('KP-REG', { slaWorkingDays: 0 }) }])).toEqual([
        { field: 'changes.0.service.slaWorkingDays', problem: 'give a whole number of working days from 1 to 260' },
      ]);
      expect(problemsOf([{ action: 'update', service: edited('KP-REG', { slaWorkingDays: 2.5 }) }])).toHaveLength(1);
    });

    it('a post in the chain or a signer that the organisation does not have', () => {
      const service = edited('KP-REG', { initialsChain: ['Kasubbid Kepangkatan', 'Kabid Keuangan'], signer: 'Bupati' });
      expect(problemsOf([{ action: 'update', service }])).toEqual([
        { field: 'changes.0.service.initialsChain.1', problem: '"Kabid Keuangan" is not a post of the organisation' },
        { field: 'changes.0.service.signer', problem: '"Bupati" is not a post of the organisation' },
      ]);
    });

    it('an empty chain, a post twice, or the signer initialling too', () => {
      expect(problemsOf([{ action: 'update', service: edited('KARIS', { initialsChain: [] }) }])).toEqual([
        { field: 'changes.0.service.initialsChain', problem: 'name at least one post to initial' },
      ]);
      const twice = edited('KP-REG', { initialsChain: ['Kasubbid Kepangkatan', 'Kasubbid Kepangkatan', 'Kepala Badan'] });
      expect(problemsOf([{ action: 'update', service: twice }])).toEqual([
        { field: 'changes.0.service.initialsChain.1', problem: 'Kasubbid Kepangkatan initials twice' },
        { field: 'changes.0.service.initialsChain.2', problem: 'Kepala Badan signs the letter, so does not initial it too' },
      ]);
    });

    it('a document code listed twice, or not UPPER_SNAKE, or a nameless document', () => {
      const kpReg = letter('KP-REG');
      const documents = [kpReg.documents[0], { ...kpReg.documents[1], code: kpReg.documents[0].code }, { code: 'sk lama', name: { id: '', en: 'x' }, required: true }];
      expect(problemsOf([{ action: 'update', service: { ...kpReg, documents } }])).toEqual([
        { field: 'changes.0.service.documents.1.code', problem: 'SURAT_PENGANTAR_OPD is listed twice' },
        { field: 'changes.0.service.documents.2.code', problem: 'use UPPER_SNAKE letters and digits, e.g. SK_CPNS' },
        { field: 'changes.0.service.documents.2.name.id', problem: 'write the name in Indonesian in up to 200 characters' },
      ]);
    });

    it('an optional document without its condition, and a condition on a required one', () => {
      const kpReg = letter('KP-REG');
      const documents = [{ ...kpReg.documents[0], required: false }, { ...kpReg.documents[1], condition: { id: 'x', en: 'x' } }];
      expect(problemsOf([{ action: 'update', service: { ...kpReg, documents } }]).map((p) => p.field)).toEqual([
        'changes.0.service.documents.0.condition.id',
        'changes.0.service.documents.0.condition.en',
        'changes.0.service.documents.1.condition',
      ]);
    });

    it('a sub-division that does not exist and a malformed classification code', () => {
      expect(problemsOf([{ action: 'update', service: edited('KARIS', { subdivision: 'keuangan', classificationCode: 'ABC' }) }]).map((p) => p.field)).toEqual([
        'changes.0.service.subdivision',
        'changes.0.service.classificationCode',
      ]);
    });

    it('changing or retiring a service that is not there, adding one that is, or touching the consultation', () => {
      expect(problemsOf([{ action: 'update', service: { ...letter('KARIS'), code: 'KP-XYZ' } }])).toEqual([
        { field: 'changes.0.service.code', problem: 'there is no service "KP-XYZ" to change' },
      ]);
      expect(problemsOf([{ action: 'add', service: letter('KARIS') }])).toEqual([
        { field: 'changes.0.service.code', problem: 'KARIS is already in the catalogue; change it instead' },
      ]);
      expect(problemsOf([{ action: 'retire', code: 'KONSULTASI' }])).toEqual([
        { field: 'changes.0.code', problem: 'KONSULTASI is a consultation, not a letter service' },
      ]);
    });

    it('the same service twice in one change, or no change at all', () => {
      expect(problemsOf([{ action: 'retire', code: 'CLTN' }, { action: 'update', service: letter('CLTN') }])).toEqual([
        { field: 'changes.1.code', problem: 'CLTN is changed twice; make it one change' },
      ]);
      expect(problemsOf([])).toEqual([{ field: 'changes', problem: 'change at least one service' }]);
    });

    it('retiring every letter service', () => {
      const all = v1().services.filter(isLetterService).map((s): CatalogueChange => ({ action: 'retire', code: s.code }));
      expect(problemsOf(all)).toEqual([{ field: 'changes', problem: 'keep at least one letter service in the catalogue' }]);
    });

    it('names fields with the prefix the caller gives (a form of one service has no "changes.0.")', () => {
      expect(publishCatalogueChange(v1(), [{ action: 'update', service: edited('KARIS', { slaWorkingDays: 0 }) }], () => '')).toEqual({
        ok: false,
        problems: [
          {
            field: 'service.slaWorkingDays',
            problem: 'give a whole number of working days from 1 to 260',
            broken: { rule: 'slaWorkingDays', max: 260 },
          },
        ],
      });
    });

    it('names the rule each problem breaks, with what broke it, so a reader in another language can be told', () => {
      const twice = letter('KARIS');
      twice.documents = [...twice.documents, twice.documents[0]];
      twice.initialsChain = ['Kabid Keuangan'];
      const outcome = publishCatalogueChange(v1(), [
        { action: 'update', service: twice },
        { action: 'retire', code: 'KP-XYZ' },
      ]);
      expect(outcome.ok ? [] : outcome.problems.map(({ field, broken }) => ({ field, broken }))).toEqual([
        { field: `changes.0.service.documents.${twice.documents.length - 1}.code`, broken: { rule: 'documentListedTwice', document: twice.documents[0].code } },
        { field: 'changes.0.service.initialsChain.0', broken: { rule: 'notAPost', post: 'Kabid Keuangan' } },
        { field: 'changes.1.code', broken: { rule: 'noServiceToRetire', service: 'KP-XYZ' } },
      ]);
    });
  });

  it('every service of the seed passes the rules a published change must pass', () => {
    for (const service of v1().services.filter(isLetterService)) expect(letterServiceProblems(service)).toEqual([]);
  });
});

describe('What a change did to a service (the change history)', () => {
  it('names the changed fields with their values before and after; an optional document is marked with ?', () => {
    const before = letter('KARIS');
    const after = { ...before, slaWorkingDays: 5, initialsChain: ['Kasubbid Kesejahteraan', 'Sekretaris'] };
    expect(diffService('KARIS', 'update', before, after)).toEqual({
      code: 'KARIS',
      action: 'update',
      fields: [
        { field: 'slaWorkingDays', before: 7, after: 5 },
        { field: 'initialsChain', before: ['Kasubbid Kesejahteraan'], after: ['Kasubbid Kesejahteraan', 'Sekretaris'] },
      ],
    });
    expect(diffService('KP-REG', 'update', letter('KP-REG'), letter('KP-REG')).fields).toEqual([]);
    const optional = diffService('KP-REG', 'retire', letter('KP-REG'), undefined).fields.find((f) => f.field === 'documents');
    expect(optional?.before).toContain('SPMT?');
    expect(optional?.after).toBeNull();
  });

  it('counts a renamed document as the checklist changing', () => {
    const before = letter('KARIS');
    const after = structuredClone(before);
    after.documents[0].name.id = 'Nama baru';
    expect(diffService('KARIS', 'update', before, after).fields.map((f) => f.field)).toEqual(['documents']);
  });

  it('the consultation has no chain (null on both sides, so no change)', () => {
    const consultation = findService('KONSULTASI');
    expect(diffService('KONSULTASI', 'update', consultation, consultation).fields).toEqual([]);
  });
});
