import { caseProjections } from '../ptsp-projections';
import { InvalidCursorError } from '../shared/cursor';
import { tempReadModel, type TempReadModel } from '../testing/temp-read-model';
import { PATH_TO, TestOffice } from '../testing/test-office';
import { letterSequenceOf } from './letter-sequence';
import { listAgendaRegister, listLetterRegister } from './register-queries';

describe('agenda and letter registers', () => {
  let office: TestOffice;
  let model: TempReadModel;
  const files: string[] = [];

  beforeAll(async () => {
    // The year turns in WITA: 31 Dec 2025 17:00Z is already 1 Jan 2026 01:00 WITA.
    office = new TestOffice('2025-12-31T03:00:00.000Z');
    model = tempReadModel(caseProjections);
    files.push(await office.receive('KARIS'));
    await office.moves(files[0], ...PATH_TO.ready.slice(0, 4), 'sign', 'assign_number');
    office.at('2025-12-31T16:30:00.000Z');
    files.push(await office.receive('KP-REG'));
    office.at('2026-01-05T01:00:00.000Z');
    for (const service of ['PEN-BUP', 'CLTN', 'KP-FUNG']) files.push(await office.receive(service));
    for (const id of files.slice(1)) await office.moves(id, ...PATH_TO.ready);
    model.apply(await office.newEvents());
  });
  afterAll(() => model.remove());

  it('lists the agenda register per WITA year, in number order, with service and applicant', () => {
    const lastYear = listAgendaRegister(model.db, { year: 2025 }).items;
    const thisYear = listAgendaRegister(model.db, { year: 2026 }).items;

    expect(lastYear.map((e) => e.agendaNumber)).toEqual(['AG-2025-000001']);
    expect(thisYear.map((e) => [e.agendaNumber, e.serviceCode])).toEqual([
      ['AG-2026-000001', 'KP-REG'],
      ['AG-2026-000002', 'PEN-BUP'],
      ['AG-2026-000003', 'CLTN'],
      ['AG-2026-000004', 'KP-FUNG'],
    ]);
    expect(thisYear[0]).toMatchObject({ caseId: files[1], year: 2026, receivedAt: '2025-12-31T16:30:00.000Z', applicantName: 'Ahmad Fauzan' });
  });

  it('lists the letter register by sequence, not by the text of the number', () => {
    const letters = listLetterRegister(model.db, { year: 2026 }).items;

    expect(letters.map((e) => e.letterNumber)).toEqual([
      '800.1.3.2/0001/BKD/2026',
      '800.1.13.1/0002/BKD/2026',
      '800.1.11.7/0003/BKD/2026',
      '800.1.3.2/0004/BKD/2026',
    ]);
    expect(letters[1]).toMatchObject({
      caseId: files[2],
      serviceCode: 'PEN-BUP',
      serviceName: { id: 'Pensiun Batas Usia Pensiun' },
      classificationCode: '800.1.13.1',
      letterDate: '2026-01-05',
    });
    expect(listLetterRegister(model.db, { year: 2025 }).items.map((e) => e.letterNumber)).toEqual(['800.1.11.8/0001/BKD/2025']);
  });

  it('pages through all years with a cursor', () => {
    const first = listAgendaRegister(model.db, { limit: 3 });
    const second = listAgendaRegister(model.db, { limit: 3, cursor: first.nextCursor });

    expect([...first.items, ...second.items].map((e) => e.agendaNumber)).toEqual([
      'AG-2025-000001',
      'AG-2026-000001',
      'AG-2026-000002',
      'AG-2026-000003',
      'AG-2026-000004',
    ]);
    expect(second.nextCursor).toBeNull();

    const letterPage = listLetterRegister(model.db, { year: 2026, limit: 2 });
    const letterRest = listLetterRegister(model.db, { year: 2026, limit: 2, cursor: letterPage.nextCursor });
    expect(letterRest.items.map((e) => e.letterNumber)).toEqual(['800.1.11.7/0003/BKD/2026', '800.1.3.2/0004/BKD/2026']);
    expect(() => listLetterRegister(model.db, { cursor: first.nextCursor })).toThrow(InvalidCursorError);
  });

  it('reads the sequence out of a letter number', () => {
    expect(letterSequenceOf('800.1.3.2/0457/BKD/2026')).toBe(457);
    expect(letterSequenceOf('not a number')).toBe(0);
  });
});
