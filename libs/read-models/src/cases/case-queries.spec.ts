import { caseProjections } from '../ptsp-projections';
import { InvalidCursorError } from '../shared/cursor';
import { tempReadModel, type TempReadModel } from '../testing/temp-read-model';
import { nextTrackingCode, PATH_TO, TestOffice } from '../testing/test-office';
import { countByState, listCases, type CaseListQuery } from './case-queries';

describe('case queries', () => {
  let office: TestOffice;
  let model: TempReadModel;
  const ids: Record<string, string> = {};
  const rizkysCode = nextTrackingCode();
  const list = (query: CaseListQuery) => listCases(model.db, query).items.map((c) => c.id);

  beforeAll(async () => {
    office = new TestOffice();
    model = tempReadModel(caseProjections);
    // Received one after the other, an hour apart: the order queues must show them in.
    ids.rizky = await office.receive('KP-REG', {
      applicant: { nip: '199001152015031002', name: 'Rizky Saputra', phone: '081351112222' },
      trackingCode: rizkysCode,
    });
    office.later(60);
    ids.siti = await office.receive('KARIS', { applicant: { nip: '198811202012122001', name: 'Siti Nurhaliza Rahmah', phone: '085245556666' } });
    office.later(60);
    ids.dewi = await office.receive('MUT-MASUK', { applicant: { nip: '199203032018012003', name: 'Dewi Lestari', phone: '081277778888' } });
    await office.moves(ids.dewi, ...PATH_TO.processing);
    office.later(60);
    ids.agus = await office.receive('KP-REG', { applicant: { nip: '197912122005011004', name: 'Agus Salim', phone: '081399990000' } });
    await office.moves(ids.agus, ...PATH_TO.processing);
    office.later(60);
    ids.ahmad = await office.receive('KP-FUNG', { applicant: { nip: '198503122010031001', name: 'Ahmad Rahman', phone: '081211112222' } });
    office.later(60);
    ids.sari = await office.receive('KP-REG', { applicant: { nip: '198703032011012005', name: 'Sari Rahmawati', phone: '081233334444' } });
    await office.moves(ids.sari, ...PATH_TO.handed_over);
    office.later(60);
    ids.question = await office.ask({ visitor: { name: 'Rahmat Hidayat' } });
    model.apply(await office.newEvents());
  });
  afterAll(() => model.remove());

  it('lists every case oldest first', () => {
    expect(list({})).toEqual([ids.rizky, ids.siti, ids.dewi, ids.agus, ids.ahmad, ids.sari, ids.question]);
  });

  it('filters by state, service, sub-division and kind', () => {
    expect(list({ state: 'verification' })).toEqual([ids.rizky, ids.siti, ids.ahmad]);
    expect(list({ serviceCode: 'KP-REG' })).toEqual([ids.rizky, ids.agus, ids.sari]);
    expect(list({ subdivision: 'mutasi' })).toEqual([ids.dewi]);
    expect(list({ kind: 'konsultasi' })).toEqual([ids.question]);
    expect(list({ state: 'processing', serviceCode: 'KP-REG' })).toEqual([ids.agus]);
  });

  it('finds a case by tracking code as typed, by agenda number, by NIP or its first digits, and by words of the name', () => {
    expect(list({ q: ` ${rizkysCode.toLowerCase()} ` })).toEqual([ids.rizky]);
    expect(list({ q: 'AG-2026-000002' })).toEqual([ids.siti]);
    expect(list({ q: '1992 0303 2018012003' })).toEqual([ids.dewi]);
    expect(list({ q: '1985' })).toEqual([ids.ahmad]);
    expect(list({ q: 'rahm' })).toEqual([ids.siti, ids.ahmad, ids.sari, ids.question]);
    expect(list({ q: 'siti rahm' })).toEqual([ids.siti]);
    expect(list({ q: 'rahm', state: 'verification' })).toEqual([ids.siti, ids.ahmad]);
    expect(list({ q: 'nobody' })).toEqual([]);
  });

  it('reads words with FTS syntax in them as plain words', () => {
    expect(list({ q: '"Rahmat* (' })).toEqual([ids.question]);
    expect(list({ q: 'NEAR(' })).toEqual([]);
  });

  it('pages with a cursor: the pages together are the whole list, each case once', () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page = listCases(model.db, { limit: 3, cursor });
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
      pages += 1;
    } while (cursor !== null);

    expect(pages).toBe(3);
    expect(seen).toEqual(list({}));
  });

  it('says there is no next page when the last page is exactly full', () => {
    expect(listCases(model.db, { state: 'verification', limit: 3 }).nextCursor).toBeNull();
  });

  it('refuses a cursor it did not hand out', () => {
    expect(() => listCases(model.db, { cursor: 'not-a-cursor' })).toThrow(InvalidCursorError);
    expect(() => listCases(model.db, { cursor: Buffer.from('[1,2]').toString('base64url') })).toThrow(InvalidCursorError);
  });

  it('counts cases per state without listing them', () => {
    expect(countByState(model.db)).toEqual({ asked: 1, handed_over: 1, processing: 2, verification: 3 });
    expect(countByState(model.db, { kind: 'konsultasi' })).toEqual({ asked: 1 });
  });
});
