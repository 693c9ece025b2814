import { caseProjections } from '../ptsp-projections';
import { queriesOf } from '../testing/query-plans';
import { tempReadModel, type TempReadModel } from '../testing/temp-read-model';
import { TestOffice } from '../testing/test-office';
import { countByState, getCase, listCases, type CaseListQuery } from './case-queries';

describe('case queries stay fast with a million cases', () => {
  let model: TempReadModel;
  let cursor: string;

  beforeAll(async () => {
    const office = new TestOffice();
    model = tempReadModel(caseProjections);
    for (let i = 0; i < 3; i++) await office.receive('KP-REG');
    model.apply(await office.newEvents());
    cursor = listCases(model.db, { limit: 1 }).nextCursor!;
  });
  afterAll(() => model.remove());

  const plansOf = (query: CaseListQuery) => queriesOf(model.db, (db) => listCases(db, query)).flatMap((q) => q.plan);

  it.each<[string, CaseListQuery]>([
    ['the whole list', {}],
    ['a later page', { cursor: 'CURSOR' }],
    ['one state', { state: 'verification', cursor: 'CURSOR' }],
    ['one service', { serviceCode: 'KP-REG' }],
    ['one sub-division', { subdivision: 'kepangkatan' }],
    ['a queue', { actionableBy: { roles: ['verifier', 'processor'], unit: 'kepangkatan', actingForPositions: ['Kepala Badan'] } }],
  ])('%s: walks an index in list order, without sorting or scanning the table', (_name, query) => {
    const plan = plansOf(query.cursor ? { ...query, cursor } : query);

    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE|^SCAN c$|SCAN cases\b/m);
    expect(plan.some((step) => /USING (COVERING )?INDEX|USING PRIMARY KEY/.test(step))).toBe(true);
  });

  it('a search: starts from the few matches through the indexes and the name index, never from the whole table', () => {
    const plan = plansOf({ q: '1985' }).join('\n');

    expect(plan).toMatch(/cases_by_tracking_code/);
    expect(plan).toMatch(/cases_by_agenda_number/);
    expect(plan).toMatch(/cases_by_nip/);
    expect(plan).toMatch(/VIRTUAL TABLE INDEX/);
    expect(plan).not.toMatch(/SCAN c$|SCAN cases\b/m);
  });

  it('one case and the counts: a key lookup and the small counters table', () => {
    const plans = queriesOf(model.db, (db) => {
      getCase(db, 'berkas-x');
      countByState(db);
    }).map((q) => q.plan.join('\n'));

    expect(plans[0]).toMatch(/USING INDEX sqlite_autoindex_cases/);
    expect(plans[1]).toMatch(/case_state_counts/);
  });
});
