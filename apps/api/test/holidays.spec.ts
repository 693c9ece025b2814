import { startTestApp, type TestApp } from './fixtures/test-app';

describe('API: holidays', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  it('sets a year (PUT, replacing it) and reads it back by year', async () => {
    const days = [
      { date: '2026-08-17', name: 'Hari Kemerdekaan' },
      { date: '2026-01-01', name: 'Tahun Baru Masehi' },
    ];
    const set = await t.request('PUT', '/api/holidays/2026', { token: admin, body: { days } });
    expect(set.status).toBe(200);
    expect(set.body).toEqual({ year: 2026, days: [days[1], days[0]] });
    const token = await t.login('verifier');
    expect((await t.request('GET', '/api/holidays?year=2026', { token })).body).toEqual(set.body);

    const replaced = await t.request('PUT', '/api/holidays/2026', {
      token: admin,
      body: { days: [{ date: '2026-12-25', name: 'Natal' }] },
    });
    expect(replaced.body.days).toEqual([{ date: '2026-12-25', name: 'Natal' }]);
    expect((await t.request('GET', '/api/holidays?year=2027', { token })).body).toEqual({
      year: 2027,
      days: [],
    });
  });

  it('reads the current year when none is given', async () => {
    const answer = await t.request('GET', '/api/holidays', { token: admin });
    expect(answer.status).toBe(200);
    expect(answer.body.year).toBeGreaterThanOrEqual(2026);
  });

  it('answers 400 field by field for impossible dates, dates of another year and a bad year', async () => {
    const before = await t.eventCount();
    const bad = await t.request('PUT', '/api/holidays/2026', {
      token: admin,
      body: { days: [{ date: '2026-02-30', name: 'X' }, { date: '17-08-2026', name: '' }, 5] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields).toEqual({
      'days.0.date': ['give a date as YYYY-MM-DD'],
      'days.1.date': ['give a date as YYYY-MM-DD'],
      'days.1.name': ['name the day'],
      'days.2': ['fill in each entry as an object'],
    });
    const otherYear = await t.request('PUT', '/api/holidays/2026', {
      token: admin,
      body: { days: [{ date: '2025-12-31', name: 'X' }] },
    });
    expect(otherYear.body.details).toEqual({
      fields: { 'days.0.date': ['give a date of 2026 as YYYY-MM-DD'] },
    });
    const year = await t.request('PUT', '/api/holidays/abc', { token: admin, body: { days: [] } });
    expect(year.body.details).toEqual({ fields: { year: ['give a year from 2000 to 2100'] } });
    expect((await t.request('GET', '/api/holidays?year=99999', { token: admin })).status).toBe(400);
    expect(await t.eventCount()).toBe(before);
  });

  it('is for admins to change (403)', async () => {
    const token = await t.login('supervisor');
    expect(
      (await t.request('PUT', '/api/holidays/2026', { token, body: { days: [] } })).status,
    ).toBe(403);
  });
});
