import { POSITIONS, SUBDIVISIONS } from '../organisation/units';
import { LATEST_CATALOGUE_VERSION, catalogue, findService, isLetterService } from './catalogue';
import type { LetterService } from './types';

const letterServices = catalogue().services.filter(isLetterService);
const letter = (code: string) => letterServices.find((s) => s.code === code) as LetterService;
const codes = (service: LetterService, filter: (required: boolean) => boolean = () => true) =>
  service.documents.filter((d) => filter(d.required)).map((d) => d.code);

describe('The service catalogue, version 1 (services.md)', () => {
  it('is the latest version, and the one given when no version is asked for', () => {
    expect(LATEST_CATALOGUE_VERSION).toBe(1);
    expect(catalogue().version).toBe(1);
    expect(catalogue()).toEqual(catalogue(1));
  });

  it('has no other version', () => {
    expect(() => catalogue(2)).toThrow(RangeError);
  });

  it('offers the eight letter services and the consultation', () => {
    expect(catalogue().services.map((s) => s.code)).toEqual([
      'KP-REG',
      'KP-FUNG',
      'MUT-MASUK',
      'PEN-BUP',
      'PEN-JD',
      'KARIS',
      'IZIN-BELAJAR',
      'CLTN',
      'KONSULTASI',
    ]);
  });

  it.each([
    ['KP-REG', 'kepangkatan', 14, ['Kasubbid Kepangkatan', 'Kabid Pengembangan, Mutasi dan Promosi'], 'Kepala Badan', '800.1.3.2'],
    ['KP-FUNG', 'kepangkatan', 14, ['Kasubbid Kepangkatan', 'Kabid Pengembangan, Mutasi dan Promosi'], 'Kepala Badan', '800.1.3.2'],
    ['MUT-MASUK', 'mutasi', 21, ['Kasubbid Mutasi', 'Kabid Pengembangan, Mutasi dan Promosi', 'Sekretaris'], 'Kepala Badan', '800.1.3'],
    ['PEN-BUP', 'pemberhentian-pensiun', 21, ['Kasubbid Pemberhentian dan Pensiun', 'Kabid Hukum, Kesejahteraan dan Pemberhentian'], 'Kepala Badan', '800.1.13.1'],
    ['PEN-JD', 'pemberhentian-pensiun', 14, ['Kasubbid Pemberhentian dan Pensiun', 'Kabid Hukum, Kesejahteraan dan Pemberhentian'], 'Kepala Badan', '800.1.13.1'],
    ['KARIS', 'kesejahteraan', 7, ['Kasubbid Kesejahteraan'], 'Kabid Hukum, Kesejahteraan dan Pemberhentian', '800.1.11.8'],
    ['IZIN-BELAJAR', 'pengembangan-karir', 7, ['Kasubbid Pengembangan Karir'], 'Sekretaris', '800.1.4'],
    ['CLTN', 'kedudukan-hukum', 10, ['Kasubbid Kedudukan Hukum', 'Kabid Hukum, Kesejahteraan dan Pemberhentian'], 'Kepala Badan', '800.1.11.7'],
  ])('%s: sub-division %s, %i working days, chain %j, signed by %s, class %s', (code, subdivision, sla, chain, signer, classification) => {
    expect(letter(code)).toMatchObject({ subdivision, slaWorkingDays: sla, initialsChain: chain, signer, classificationCode: classification });
  });

  it('routes every letter service to a sub-division of the organisation', () => {
    const known = SUBDIVISIONS.map((s) => s.code);
    for (const service of letterServices) expect(known).toContain(service.subdivision);
  });

  it('names only posts of the organisation in chains and as signers', () => {
    const titles = POSITIONS.map((p) => p.title);
    for (const service of letterServices) {
      for (const post of [...service.initialsChain, service.signer]) expect(titles).toContain(post);
    }
  });

  describe('checklists', () => {
    it('use stable UPPER_SNAKE codes, each once per service, with a name in both languages', () => {
      for (const service of catalogue().services) {
        const list = service.documents.map((d) => d.code);
        expect(new Set(list).size).toBe(list.length);
        for (const document of service.documents) {
          expect(document.code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$/);
          expect(document.name.id.trim()).not.toBe('');
          expect(document.name.en.trim()).not.toBe('');
        }
      }
    });

    it('say when a conditional document is needed, and only for conditional ones', () => {
      for (const service of catalogue().services) {
        for (const document of service.documents) expect(document.condition === undefined).toBe(document.required);
      }
    });

    it('KP-REG: five kinds of papers (SK CPNS and SK PNS apart), plus three only for a structural position', () => {
      expect(codes(letter('KP-REG'), (r) => r)).toEqual(['SURAT_PENGANTAR_OPD', 'SK_PANGKAT_TERAKHIR', 'SKP_2_TAHUN', 'SK_CPNS', 'SK_PNS', 'KARPEG']);
      expect(codes(letter('KP-REG'), (r) => !r)).toEqual(['SK_JABATAN', 'BA_PELANTIKAN', 'SPMT']);
    });

    it('KP-FUNG: everything of KP-REG except the conditional part, the PAK, and the PAK clarification for IV/c and above', () => {
      expect(codes(letter('KP-FUNG'), (r) => r)).toEqual([...codes(letter('KP-REG'), (r) => r), 'PAK']);
      expect(codes(letter('KP-FUNG'), (r) => !r)).toEqual(['KLARIFIKASI_PAK']);
    });

    it("MUT-MASUK: ten required documents, and the spouse's consent when married", () => {
      expect(codes(letter('MUT-MASUK'), (r) => r)).toHaveLength(10);
      expect(codes(letter('MUT-MASUK'), (r) => !r)).toEqual(['PERSETUJUAN_PASANGAN']);
    });

    it('PEN-JD: everything of PEN-BUP, the death certificate and the widow/widower statement', () => {
      expect(codes(letter('PEN-BUP'))).toHaveLength(13);
      expect(codes(letter('PEN-JD'))).toEqual([...codes(letter('PEN-BUP')), 'AKTA_KEMATIAN', 'KETERANGAN_JANDA_DUDA']);
    });

    it.each([
      ['KARIS', 5],
      ['IZIN-BELAJAR', 7],
      ['CLTN', 4],
    ])('%s: %i required documents, none conditional', (code, count) => {
      expect(codes(letter(code), (r) => r)).toHaveLength(count);
      expect(codes(letter(code), (r) => !r)).toEqual([]);
    });

    it('one document keeps one code across services', () => {
      for (const code of ['SK_PANGKAT_TERAKHIR', 'SK_CPNS', 'SURAT_PENGANTAR_OPD']) {
        const using = letterServices.filter((s) => codes(s).includes(code)).map((s) => s.code);
        expect(using.length).toBeGreaterThan(2);
      }
    });
  });

  it('KONSULTASI is a consultation: no documents, answered within one working day', () => {
    expect(findService('KONSULTASI')).toEqual({
      kind: 'consultation',
      code: 'KONSULTASI',
      name: { id: 'Konsultasi Kepegawaian', en: 'Personnel consultation' },
      slaWorkingDays: 1,
      documents: [],
    });
  });

  it('finds nothing for an unknown code', () => {
    expect(findService('KP-XYZ')).toBeUndefined();
  });

  it('hands out copies: changing one (say, in a draft for the next version) leaves the published catalogue alone', () => {
    const copy = findService('KP-REG') as LetterService;
    copy.initialsChain.pop();
    copy.documents[0].required = false;
    catalogue().services[0].slaWorkingDays = 99;
    expect(letter('KP-REG').initialsChain).toHaveLength(2);
    const published = findService('KP-REG') as LetterService;
    expect(published.slaWorkingDays).toBe(14);
    expect(published.documents[0].required).toBe(true);
  });
});
