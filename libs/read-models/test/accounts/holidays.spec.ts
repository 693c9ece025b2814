import { WrongExpectedRevisionError } from '@satupintu/event-store';
import { AdminInputError, calendarStream, setHolidays } from '../../src/accounts';
import { accountsHarness, admin, type AccountsHarness } from './fixtures/accounts-context';

describe('accounts: holidays', () => {
  let h: AccountsHarness;
  beforeEach(async () => (h = await accountsHarness()));
  afterEach(() => h.close());

  it('sets a year, then replaces it wholesale; other years stay', async () => {
    expect(h.context.readModels.holidays.forYear(2026)).toEqual({
      year: 2026,
      revision: null,
      days: [],
    });
    await setHolidays(h.context, 2027, [{ date: '2027-01-01', name: 'Tahun Baru' }], admin);
    const first = await setHolidays(
      h.context,
      2026,
      [
        { date: '2026-08-17', name: 'Hari Kemerdekaan' },
        { date: '2026-01-01', name: ' Tahun Baru ' },
      ],
      admin,
    );
    expect(first).toEqual({
      year: 2026,
      revision: 0,
      days: [
        { date: '2026-01-01', name: 'Tahun Baru' },
        { date: '2026-08-17', name: 'Hari Kemerdekaan' },
      ],
    });

    const second = await setHolidays(
      h.context,
      2026,
      [{ date: '2026-12-25', name: 'Natal' }],
      admin,
    );
    expect(second).toEqual({
      year: 2026,
      revision: 1,
      days: [{ date: '2026-12-25', name: 'Natal' }],
    });
    const { holidays } = h.context.readModels;
    expect(holidays.isHoliday('2026-08-17')).toBe(false);
    expect(holidays.isHoliday('2026-12-25')).toBe(true);
    expect(holidays.between('2026-12-01', '2027-01-31').map((d) => d.date)).toEqual([
      '2026-12-25',
      '2027-01-01',
    ]);
    const events = await h.store.readStream(calendarStream(2026));
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ['HolidaysSet', { year: 2026, days: first.days }],
      ['HolidaysSet', { year: 2026, days: second.days }],
    ]);
  });

  it('refuses dates outside the year, impossible dates, repeats and empty names, field by field', async () => {
    const attempt = await setHolidays(
      h.context,
      2026,
      [
        { date: '2025-12-31', name: 'Malam Tahun Baru' },
        { date: '2026-02-30', name: 'Tidak ada' },
        { date: '2026-05-01', name: 'Hari Buruh' },
        { date: '2026-05-01', name: '' },
      ],
      admin,
    ).catch((e) => e);
    expect(attempt).toBeInstanceOf(AdminInputError);
    expect((attempt as AdminInputError).problems.map((p) => p.field)).toEqual([
      'days.0.date',
      'days.1.date',
      'days.3.date',
      'days.3.name',
    ]);
    await expect(setHolidays(h.context, 1999, [], admin)).rejects.toBeInstanceOf(AdminInputError);
    expect(await h.store.readAll()).toEqual([]);
  });

  it('refuses to overwrite a calendar changed since the read model saw it', async () => {
    await setHolidays(h.context, 2026, [], admin);
    await h.runner.stop();
    await h.store.appendToStream(calendarStream(2026), [
      { id: 'e', type: 'HolidaysSet', data: { year: 2026, days: [] } },
    ]);
    await expect(setHolidays(h.context, 2026, [], admin)).rejects.toBeInstanceOf(
      WrongExpectedRevisionError,
    );
  });
});
