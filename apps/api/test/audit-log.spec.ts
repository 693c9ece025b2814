import type { EventStore } from '@satupintu/event-store';
import { EVENT_STORE } from '../src/core/tokens';
import { startTestApp, type TestApp } from './fixtures/test-app';

interface LogItem {
  position: number;
  streamId: string;
  type: string;
  actor: { id: string; name: string | null } | null;
  data: Record<string, unknown>;
}

/** The whole log for auditors over real HTTP: admin actions are events, and auditors read them. */
describe('API: the audit log', () => {
  let t: TestApp;
  let auditor: string;
  let admin: string;
  let adminId: string;
  let created: { id: string };

  const log = (query: string, token = auditor) =>
    t.request('GET', `/api/audit/log${query}`, { token });

  beforeAll(async () => {
    t = await startTestApp();
    auditor = await t.login('auditor');
    admin = await t.login('admin');
    adminId = (await t.request('GET', '/api/me', { token: admin })).body.id;
    created = (
      await t.request('POST', '/api/users', {
        token: admin,
        body: {
          username: 'rudi',
          name: 'Rudi Hartono',
          roles: ['verifier'],
          password: 'rahasia-sekali',
        },
      })
    ).body;
    await t.request('PATCH', `/api/users/${created.id}`, {
      token: admin,
      body: { roles: ['verifier', 'registrar'] },
    });
    await t.request('PUT', '/api/holidays/2026', {
      token: admin,
      body: { days: [{ date: '2026-08-17', name: 'Hari Kemerdekaan' }] },
    });
    const users = (await t.request('GET', '/api/users', { token: admin })).body as Array<{
      id: string;
      username: string;
    }>;
    const byName = (name: string) => users.find((u) => u.username === name)!.id;
    const granted = await t.request('POST', '/api/delegations', {
      token: admin,
      body: {
        fromUserId: byName('kasubbid-kepangkatan'),
        toUserId: byName('kasubbid-mutasi'),
        startsAt: new Date(Date.now() + 3_600_000).toISOString(),
        endsAt: new Date(Date.now() + 7_200_000).toISOString(),
        reason: 'Dinas luar',
      },
    });
    expect(granted.status).toBe(201);
  });
  afterAll(() => t.close());

  it('admin actions are events in the log: who created and changed an account, set the holidays, named a Plh — password hashes never shown', async () => {
    const page = await log('?stream=account-,delegation-,calendar-&limit=500');
    expect(page.status).toBe(200);
    const items = page.body.items as LogItem[];
    const byAdmin = items.filter((e) => e.actor?.id === adminId).map((e) => e.type);
    expect(byAdmin).toEqual([
      'UserCreated',
      'UserRolesChanged',
      'HolidaysSet',
      'DelegationGranted',
    ]);
    const rudi = items.filter((e) => e.streamId === `account-${created.id}`);
    expect(rudi.map((e) => [e.type, e.data.roles])).toEqual([
      ['UserCreated', ['verifier']],
      ['UserRolesChanged', ['verifier', 'registrar']],
    ]);
    expect(rudi[0].data.passwordHash).toBe('[redacted]');
    expect(JSON.stringify(page.body)).not.toContain('scrypt$');
  });

  it('filters by event type and by period', async () => {
    const holidays = await log('?type=HolidaysSet,DelegationRevoked');
    expect((holidays.body.items as LogItem[]).map((e) => e.type)).toEqual(['HolidaysSet']);
    const future = await log('?from=2099-01-01');
    expect(future.body).toEqual({ items: [], nextCursor: null });
    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const todays = await log(`?from=${today}&to=${today}&type=HolidaysSet`);
    expect((todays.body.items as LogItem[]).map((e) => e.type)).toEqual(['HolidaysSet']);
  });

  it('pages over every event in the order the store committed them', async () => {
    const store = t.app.get<EventStore>(EVENT_STORE);
    const all = await store.readAll();
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await log(`?limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.body.items.length).toBeLessThanOrEqual(7);
      seen.push(...(page.body.items as LogItem[]).map((e) => e.position));
      cursor = page.body.nextCursor;
    } while (cursor !== null);
    expect(seen).toEqual(all.map((e) => e.position));
  });

  it('is for auditors and admins: others get 403, nobody without logging in', async () => {
    expect((await log('', admin)).status).toBe(200);
    for (const username of ['supervisor', 'front-office', 'verifier']) {
      expect((await log('', await t.login(username))).status).toBe(403);
    }
    expect((await t.request('GET', '/api/audit/log')).status).toBe(401);
  });

  it.each([
    ['?from=2026-02-30', 'from'],
    ['?from=2026-03-02&to=2026-03-01', 'to'],
    ['?limit=0', 'limit'],
    ['?limit=many', 'limit'],
    ['?cursor=abc', 'cursor'],
    ['?colour=blue', 'colour'],
  ])('refuses %s naming %s (400)', async (query, field) => {
    const answer = await log(query);
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.details.fields)).toEqual([field]);
  });

  it.each([
    [
      '?from=2026-02-30',
      { from: ['2026-02-30 is not a day of the calendar'] },
      { from: ['2026-02-30 bukan tanggal yang ada di kalender'] },
    ],
    [
      '?from=2026-03-01T08:00',
      { from: ['give a day (2026-03-01) or a time with its zone (2026-03-01T08:00:00+08:00)'] },
      { from: ['isi tanggal (2026-03-01) atau waktu beserta zonanya (2026-03-01T08:00:00+08:00)'] },
    ],
    [
      '?to=2026-03-01T25:00:00Z',
      { to: ['2026-03-01T25:00:00Z is not a point in time'] },
      { to: ['2026-03-01T25:00:00Z bukan waktu yang sah'] },
    ],
    [
      '?from=2026-03-02&to=2026-03-01',
      { to: ['must come after from'] },
      { to: ['harus sesudah waktu from'] },
    ],
  ])('says what is wrong with the period of %s in English, or in Indonesian when asked (Accept-Language: id)', async (query, english, indonesian) => {
    const asked = (headers: Record<string, string>) =>
      t.request('GET', `/api/audit/log${query}`, { token: auditor, headers });
    expect((await asked({})).body.details.fields).toEqual(english);
    expect((await asked({ 'accept-language': 'id' })).body.details.fields).toEqual(indonesian);
  });
});
