import { deleteStoredEvent, editStoredEvent } from './fixtures/tamper';
import { startTestApp, type TestApp } from './fixtures/test-app';

/** The hash chain of the admins' decisions, read by auditors: a holiday calendar here. */
describe('API: any stream’s hash chain (GET /api/audit/streams/:streamId)', () => {
  let t: TestApp;
  let admin: string;
  let auditor: string;
  const chainOf = (streamId: string, token = auditor) =>
    t.request('GET', `/api/audit/streams/${streamId}`, { token });

  /** Given: the admin set a year's holidays three times (three events in calendar-<year>). */
  async function givenACalendarSetThrice(year: number): Promise<string> {
    for (const name of ['Tahun Baru', 'Tahun Baru Masehi', 'Tahun Baru 1 Januari']) {
      const set = await t.request('PUT', `/api/holidays/${year}`, {
        token: admin,
        body: { days: [{ date: `${year}-01-01`, name }] },
      });
      expect(set.status).toBe(200);
    }
    return `calendar-${year}`;
  }

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    auditor = await t.login('auditor');
  });
  afterAll(() => t.close());

  it('given admin decisions, then each links to the one before and the chain is intact', async () => {
    const stream = await givenACalendarSetThrice(2031);
    const answer = await chainOf(stream);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      streamId: stream,
      chain: { intact: true },
      links: [0, 1, 2].map((revision) => ({ revision, type: expect.any(String), hashOk: true })),
    });
  });

  it('given a decision edited in the SQLite file, then the chain breaks at that decision', async () => {
    const stream = await givenACalendarSetThrice(2032);
    editStoredEvent(t.dataDir, stream, 1);
    const answer = await chainOf(stream);
    expect(answer.body.chain).toEqual({ intact: false, brokenAt: 1 });
    expect(answer.body.links.map((l: { hashOk: boolean }) => l.hashOk)).toEqual([
      true,
      false,
      true,
    ]);
    expect(answer.body.links[1].problem).toBe('content does not match its hash');
  });

  it('given a decision deleted from the SQLite file, then the chain breaks after the gap', async () => {
    const stream = await givenACalendarSetThrice(2033);
    deleteStoredEvent(t.dataDir, stream, 1);
    const answer = await chainOf(stream);
    expect(answer.body.chain).toEqual({ intact: false, brokenAt: 2 });
    expect(answer.body.links[1].problem).toBe('expected revision 1, found 2');
  });

  it('given a user created, then the account’s chain is intact too', async () => {
    const created = await t.request('POST', '/api/users', {
      token: admin,
      body: {
        username: 'rantai.bukti',
        name: 'Rantai Bukti',
        password: 'rahasia-sekali',
        roles: ['verifier'],
        position: 'Kasubbid Mutasi',
        unit: 'mutasi',
      },
    });
    expect(created.status).toBe(201);
    const answer = await chainOf(`account-${created.body.id}`);
    expect(answer.body.chain).toEqual({ intact: true });
  });

  it('answers 400 for what is not a stream id, 404 for a stream with no events', async () => {
    const before = await t.eventCount();
    const bad = await chainOf('%24all');
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields).toEqual({ streamId: [expect.any(String)] });
    expect((await chainOf('calendar-1999')).status).toBe(404);
    expect(await t.eventCount()).toBe(before);
  });

  it('is for auditors and admins: a supervisor or a verifier gets 403, no token 401', async () => {
    const stream = await givenACalendarSetThrice(2034);
    expect((await chainOf(stream, admin)).status).toBe(200);
    expect((await chainOf(stream, await t.login('supervisor'))).status).toBe(403);
    expect((await chainOf(stream, await t.login('verifier'))).status).toBe(403);
    expect((await t.request('GET', `/api/audit/streams/${stream}`)).status).toBe(401);
  });
});
