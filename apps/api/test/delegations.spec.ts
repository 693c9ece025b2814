import { ActorResolver } from '../src/accounts/actor-resolver.service';
import type { RequestUser } from '../src/auth/request-user';
import { startTestApp, type TestApp } from './fixtures/test-app';

const hours = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();

describe('API: delegations (Plh)', () => {
  let t: TestApp;
  let admin: string;
  let users: Record<string, RequestUser & { active: boolean }>;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    const list = (await t.request('GET', '/api/users', { token: admin })).body as Array<
      RequestUser & { active: boolean }
    >;
    users = Object.fromEntries(list.map((u) => [u.username, u]));
  });
  afterAll(() => t.close());

  it('grants (201): the acting official holds it, the absent one has given it, both named', async () => {
    const kasubbid = users['kasubbid-kepangkatan'];
    const staff = users['pengelola-kepangkatan'];
    const granted = await t.request('POST', '/api/delegations', {
      token: admin,
      body: {
        fromUserId: kasubbid.id,
        toUserId: staff.id,
        startsAt: hours(-1),
        endsAt: hours(48),
        reason: 'Dinas luar',
      },
    });
    expect(granted.status).toBe(201);
    expect(granted.body).toMatchObject({
      fromUserId: kasubbid.id,
      toUserId: staff.id,
      from: { id: kasubbid.id, name: kasubbid.name, position: 'Kasubbid Kepangkatan' },
      to: { id: staff.id, name: staff.name, position: null },
      reason: 'Dinas luar',
      revokedAt: null,
    });
    expect(granted.body).not.toHaveProperty('revision');

    const staffMe = (
      await t.request('GET', '/api/me', { token: await t.login('pengelola-kepangkatan') })
    ).body;
    expect(staffMe.delegations).toEqual({ held: [granted.body], given: [] });
    const kasubbidMe = (
      await t.request('GET', '/api/me', { token: await t.login('kasubbid-kepangkatan') })
    ).body;
    expect(kasubbidMe.delegations).toEqual({ held: [], given: [granted.body] });
    const listed = await t.request(
      'GET',
      `/api/delegations?inForceAt=${encodeURIComponent(hours(0))}`,
      { token: await t.login('verifier') },
    );
    expect(listed.body).toEqual([granted.body]);
    expect(
      (
        await t.request('GET', `/api/delegations?inForceAt=${encodeURIComponent(hours(72))}`, {
          token: admin,
        })
      ).body,
    ).toEqual([]);

    // The engine's actor for the acting official carries the official's post.
    const actor = t.app.get(ActorResolver).resolve(staff);
    expect(actor).toEqual({
      id: staff.id,
      name: staff.name,
      roles: ['processor'],
      unit: 'kepangkatan',
      actingFor: [
        {
          id: kasubbid.id,
          name: kasubbid.name,
          roles: ['initialer'],
          position: 'Kasubbid Kepangkatan',
          unit: 'kepangkatan',
        },
      ],
    });
    expect(t.app.get(ActorResolver).resolve(staff, new Date(hours(49))).actingFor).toEqual([]);
  });

  it('revokes (DELETE): over from now on; revoking again is 422, an unknown one 404', async () => {
    const granted = await t.request('POST', '/api/delegations', {
      token: admin,
      body: {
        fromUserId: users['sekretaris'].id,
        toUserId: users['supervisor'].id,
        startsAt: hours(-1),
        endsAt: hours(5),
      },
    });
    const revoked = await t.request('DELETE', `/api/delegations/${granted.body.id}`, {
      token: admin,
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body).toMatchObject({
      id: granted.body.id,
      revokedAt: expect.any(String),
      revokedBy: expect.any(String),
    });
    expect(
      (await t.request('GET', '/api/me', { token: await t.login('supervisor') })).body.delegations
        .held,
    ).toEqual([]);
    const again = await t.request('DELETE', `/api/delegations/${granted.body.id}`, {
      token: admin,
    });
    expect(again.status).toBe(422);
    expect(again.body.message).toBe('This delegation has already been revoked');
    expect((await t.request('DELETE', '/api/delegations/unknown', { token: admin })).status).toBe(
      404,
    );
  });

  it('refuses an end before the start and delegating to oneself, field by field (400); unknown accounts too', async () => {
    const before = await t.eventCount();
    const self = users['kepala-badan'].id;
    const bad = await t.request('POST', '/api/delegations', {
      token: admin,
      body: { fromUserId: self, toUserId: self, startsAt: hours(5), endsAt: hours(1) },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.fields).toEqual({
      toUserId: ['must be someone other than the official who is away'],
      endsAt: ['must be after the start'],
    });
    const noZone = await t.request('POST', '/api/delegations', {
      token: admin,
      body: { fromUserId: self, toUserId: 'x', startsAt: '2026-03-03T08:00', endsAt: 'tomorrow' },
    });
    expect(noZone.body.details.fields).toEqual({
      startsAt: ['give a date and time with its time zone, e.g. 2026-03-03T08:00:00+08:00'],
      endsAt: ['give a date and time with its time zone, e.g. 2026-03-03T08:00:00+08:00'],
    });
    const ghost = await t.request('POST', '/api/delegations', {
      token: admin,
      body: { fromUserId: self, toUserId: 'ghost', startsAt: hours(0), endsAt: hours(1) },
    });
    expect(ghost.status).toBe(400);
    expect(ghost.body.details).toEqual({ fields: { toUserId: ['there is no such account'] } });
    expect(await t.eventCount()).toBe(before);
  });

  it('is for admins to change (403), for everyone to read', async () => {
    const verifier = await t.login('verifier');
    const body = {
      fromUserId: users['kepala-badan'].id,
      toUserId: users['sekretaris'].id,
      startsAt: hours(0),
      endsAt: hours(1),
    };
    expect((await t.request('POST', '/api/delegations', { token: verifier, body })).status).toBe(
      403,
    );
    expect((await t.request('DELETE', '/api/delegations/any', { token: verifier })).status).toBe(
      403,
    );
    expect((await t.request('GET', '/api/delegations', { token: verifier })).status).toBe(200);
  });
});
