import type { EventStore } from '@satupintu/event-store';
import { EVENT_STORE } from '../src/core/tokens';
import { startTestApp, type TestApp } from './fixtures/test-app';

describe('API: users', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
  });
  afterAll(() => t.close());

  const newUser = {
    username: 'sari.dewi',
    name: 'Sari Dewi',
    roles: ['verifier', 'front_office'],
    password: 'rahasia-sekali',
    position: 'Kasubbid Mutasi',
    unit: 'mutasi',
  };

  it('creates a user (201), lists it at once (read-your-writes), and the user can log in', async () => {
    const created = await t.request('POST', '/api/users', { token: admin, body: newUser });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      id: expect.any(String),
      username: 'sari.dewi',
      name: 'Sari Dewi',
      roles: ['verifier', 'front_office'],
      position: 'Kasubbid Mutasi',
      unit: 'mutasi',
      active: true,
    });

    const list = await t.request('GET', '/api/users', { token: admin });
    expect(list.body).toContainEqual(created.body);
    for (const listed of list.body)
      expect(Object.keys(listed).sort()).toEqual([
        'active',
        'id',
        'name',
        'position',
        'roles',
        'unit',
        'username',
      ]);
    const token = await t.login('sari.dewi', 'rahasia-sekali');
    expect((await t.request('GET', '/api/me', { token })).body).toMatchObject({
      username: 'sari.dewi',
      roles: ['verifier', 'front_office'],
      position: 'Kasubbid Mutasi',
      unit: 'mutasi',
    });
  });

  it('answers 409 for a taken username', async () => {
    const again = await t.request('POST', '/api/users', {
      token: admin,
      body: { ...newUser, username: 'verifier' },
    });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'The username "verifier" is already taken; choose another one',
    });
  });

  it('answers 400 with every problem field by field, and stores nothing', async () => {
    const before = await t.eventCount();
    const bad = await t.request('POST', '/api/users', {
      token: admin,
      body: {
        username: 'Not Valid',
        name: '',
        roles: ['wizard'],
        password: 'short',
        position: 'Raja',
        colour: 'blue',
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toBe(
      'Please correct: colour, username, name, roles, password, position',
    );
    expect(bad.body.details.fields).toEqual({
      colour: ['is not a field of this form'],
      username: [
        'use 3 to 64 lowercase letters, digits, dots, dashes or underscores, starting with a letter or digit',
      ],
      name: ['fill in up to 120 characters'],
      roles: [expect.stringMatching(/^choose roles from: front_office, registrar/)],
      password: ['use 8 to 200 characters'],
      position: ['choose a post of the organisation'],
    });
    const missing = await t.request('POST', '/api/users', { token: admin, body: {} });
    expect(Object.keys(missing.body.details.fields)).toEqual([
      'username',
      'name',
      'roles',
      'password',
    ]);
    expect(missing.body.details.fields.roles).toEqual(['give a list of roles']);
    expect(await t.eventCount()).toBe(before);
  });

  it('changes roles, post, unit and name; null clears; a change to nothing stores nothing', async () => {
    const { body: user } = await t.request('POST', '/api/users', {
      token: admin,
      body: { ...newUser, username: 'budi' },
    });
    const changed = await t.request('PATCH', `/api/users/${user.id}`, {
      token: admin,
      body: { roles: ['processor'], unit: 'kepangkatan', position: null, name: 'Budi S.' },
    });
    expect(changed.status).toBe(200);
    expect(changed.body).toEqual({
      ...user,
      roles: ['processor'],
      unit: 'kepangkatan',
      position: null,
      name: 'Budi S.',
    });
    const before = await t.eventCount();
    expect(
      (
        await t.request('PATCH', `/api/users/${user.id}`, {
          token: admin,
          body: { name: 'Budi S.' },
        })
      ).body,
    ).toEqual(changed.body);
    expect(await t.eventCount()).toBe(before);
  });

  it('deactivates (the user can no longer log in) and reactivates; resets a password', async () => {
    const { body: user } = await t.request('POST', '/api/users', {
      token: admin,
      body: { ...newUser, username: 'leaving' },
    });
    expect(
      (await t.request('PATCH', `/api/users/${user.id}`, { token: admin, body: { active: false } }))
        .body.active,
    ).toBe(false);
    expect(
      (
        await t.request('POST', '/api/auth/login', {
          body: { username: 'leaving', password: 'rahasia-sekali' },
        })
      ).status,
    ).toBe(401);
    await t.request('PATCH', `/api/users/${user.id}`, {
      token: admin,
      body: { active: true, password: 'kata-sandi-baru' },
    });
    expect(await t.login('leaving', 'kata-sandi-baru')).toEqual(expect.any(String));
  });

  it('answers 404 for an unknown user, 400 for a wrong type, 422 when admins would lock themselves out', async () => {
    expect(
      (await t.request('PATCH', '/api/users/nobody', { token: admin, body: { name: 'X' } })).status,
    ).toBe(404);
    const wrongType = await t.request('PATCH', '/api/users/nobody', {
      token: admin,
      body: { active: 'yes', name: null },
    });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.details.fields).toEqual({
      active: ['answer true or false'],
      name: ['fill in up to 120 characters'],
    });
    const me = (await t.request('GET', '/api/me', { token: admin })).body;
    const self = await t.request('PATCH', `/api/users/${me.id}`, {
      token: admin,
      body: { active: false },
    });
    expect(self.status).toBe(422);
    expect(self.body.message).toMatch(/cannot deactivate your own account/);
  });

  it('records who did it: the admin is the actor of the stored event, which opens the account’s hash chain', async () => {
    const { body: user } = await t.request('POST', '/api/users', {
      token: admin,
      body: { ...newUser, username: 'audited' },
    });
    const me = (await t.request('GET', '/api/me', { token: admin })).body;
    const store = t.app.get<EventStore>(EVENT_STORE);
    const [event] = await store.readStream(`account-${user.id}`);
    expect(event.metadata).toEqual({
      actor: { id: me.id, name: me.name, roles: ['admin'] },
      occurredAt: expect.any(String),
      commandId: expect.any(String),
      prevHash: null,
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
  });
});
