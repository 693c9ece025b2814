import fc from 'fast-check';
import { connect } from 'node:net';
import { letterService } from './fixtures/cases';
import { junkBodies as junk, spoiled as spoiledForm } from './fixtures/malformed';
import { startTestApp, type TestApp } from './fixtures/test-app';

/** A letter service's editable fields, as PUT /api/services/:code takes them. */
function serviceFields(): Record<string, unknown> {
  const { kind: _kind, code: _code, ...fields } = letterService('KP-REG');
  return fields;
}

/**
 * Whatever a client sends, the answer is never a 5xx, always the API's error shape, and a
 * refused request changes nothing in the event store.
 */
describe('API: malformed requests', () => {
  let t: TestApp;
  let admin: string;
  let userId: string;
  beforeAll(async () => {
    t = await startTestApp({
      loginThrottle: {
        freeFailuresPerUser: 1e6,
        maxFailuresPerUser: 1e6,
        freeFailuresPerIp: 1e6,
        maxFailuresPerIp: 1e6,
        baseDelayMs: 0,
        maxDelayMs: 0,
        windowMs: 1,
      },
    });
    admin = await t.login('admin');
    userId = (await t.request('GET', '/api/users', { token: admin })).body.find(
      (u: { username: string }) => u.username === 'verifier',
    ).id;
  });
  afterAll(() => t.close());

  const endpoints = (): Array<{ method: string; path: string; valid: Record<string, unknown> }> => [
    {
      method: 'POST',
      path: '/api/auth/login',
      valid: { username: 'admin', password: 'wrong password' },
    },
    {
      method: 'POST',
      path: '/api/users',
      valid: { username: 'fuzz-user', name: 'Fuzz', roles: ['verifier'], password: 'long enough' },
    },
    {
      method: 'PATCH',
      path: `/api/users/${userId}`,
      valid: { name: 'Fuzzed', roles: ['verifier'], active: true },
    },
    {
      method: 'POST',
      path: '/api/delegations',
      valid: {
        fromUserId: userId,
        toUserId: 'x',
        startsAt: '2030-01-01T00:00:00Z',
        endsAt: '2030-01-02T00:00:00Z',
      },
    },
    {
      method: 'PUT',
      path: '/api/holidays/2030',
      valid: { days: [{ date: '2030-01-01', name: 'Tahun Baru' }] },
    },
    // A version never published: even the form as it is would be refused (409), never stored.
    {
      method: 'PUT',
      path: '/api/services/KP-REG',
      valid: { ...serviceFields(), expectedVersion: 999_999, reason: 'Perbup 12/2026' },
    },
    {
      method: 'POST',
      path: '/api/services/KP-REG/retire',
      valid: { expectedVersion: 999_999, reason: 'Tidak dilayani lagi' },
    },
  ];

  /** Every field name of the forms: an "unknown field" must not happen to be a real one. */
  const FORM_FIELDS = new Set([
    'username',
    'password',
    'name',
    'roles',
    'position',
    'unit',
    'active',
    'fromUserId',
    'toUserId',
    'startsAt',
    'endsAt',
    'reason',
    'days',
    'subdivision',
    'slaWorkingDays',
    'documents',
    'initialsChain',
    'signer',
    'classificationCode',
    'expectedVersion',
  ]);
  const kind = (value: unknown) =>
    value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  const wrongFor = (value: unknown) =>
    fc
      .oneof(
        fc.integer(),
        fc.boolean(),
        fc.constant(null),
        fc.array(fc.string(), { maxLength: 3 }),
        fc.object({ maxDepth: 1 }),
        fc.string(),
      )
      .filter((wrong) => kind(wrong) !== kind(value));
  /** A valid form spoiled in one way (an unknown field, a wrong type, a huge string). */
  const spoiled = (valid: Record<string, unknown>) =>
    spoiledForm(valid, {
      wrongValue: (field) => wrongFor(valid[field]),
      isFormField: (field) => FORM_FIELDS.has(field),
    });

  const contentType = fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'garbage',
    undefined,
  );
  const authorization = fc.constantFrom(
    'admin',
    'none',
    'Bearer garbage',
    'Basic YWRtaW46ZGVtbw==',
    `Bearer ${'a'.repeat(3000)}`,
    'Bearer a.b.c',
  );

  it('never answers 5xx, always in the error shape, and a refused request changes nothing in the store', async () => {
    const request = fc.integer({ min: 0, max: endpoints().length - 1 }).chain((i) =>
      fc.record({
        endpoint: fc.constant(i),
        body: fc.oneof(
          { weight: 3, arbitrary: spoiled(endpoints()[i].valid) },
          { weight: 2, arbitrary: junk },
          { weight: 1, arbitrary: fc.constant(undefined) },
        ),
        contentType,
        authorization,
      }),
    );
    await fc.assert(
      fc.asyncProperty(
        request,
        async ({ endpoint, body, contentType: type, authorization: auth }) => {
          const { method, path } = endpoints()[endpoint];
          const headers: Record<string, string> = {};
          if (type !== undefined) headers['content-type'] = type;
          if (auth !== 'none') headers.authorization = auth === 'admin' ? `Bearer ${admin}` : auth;
          const before = await t.eventCount();
          const answer = await t.request(method, path, { body, headers });
          expect(answer.status).toBeLessThan(500);
          if (answer.status >= 400) {
            expect(answer.body).toEqual(
              expect.objectContaining({
                statusCode: answer.status,
                error: expect.any(String),
                message: expect.any(String),
              }),
            );
            expect(await t.eventCount()).toBe(before);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('a spoiled form from an admin is always refused with a 4xx and stores nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 1, max: endpoints().length - 1 })
          .chain((i) => fc.tuple(fc.constant(i), spoiled(endpoints()[i].valid))),
        async ([i, body]) => {
          const { method, path } = endpoints()[i];
          const before = await t.eventCount();
          const answer = await t.request(method, path, { body, token: admin });
          expect(answer.status).toBeGreaterThanOrEqual(400);
          expect(answer.status).toBeLessThan(500);
          expect(await t.eventCount()).toBe(before);
        },
      ),
      { numRuns: 150 },
    );
  });

  /** Requests no HTTP client library would send: written on a raw socket. */
  const raw = (text: string) =>
    new Promise<string>((resolve, reject) => {
      const { port } = new URL(t.url);
      const socket = connect(Number(port), '127.0.0.1');
      let received = '';
      socket.on('data', (chunk) => (received += chunk.toString()));
      socket.on('end', () => resolve(received));
      socket.on('error', reject);
      socket.setTimeout(3000, () => socket.destroy(new Error('no answer')));
      // write, not end: a client that half-closes at once gets no answer to a request still in work.
      socket.write(text);
    });

  it('refuses the names a JS object inherits (constructor, valueOf, prototype, …) as unknown fields, at any depth, and stores nothing', async () => {
    const before = await t.eventCount();
    const form = {
      username: 'proto.user',
      name: 'Proto',
      roles: ['verifier'],
      password: 'long enough',
    };
    for (const [body, field] of [
      [{ ...form, prototype: {} }, 'prototype'],
      [{ ...form, constructor: { name: 'x' } }, 'constructor'],
      [{ ...form, valueOf: [1] }, 'valueOf'],
      [{ days: [{ date: '2030-01-01', name: 'Tahun Baru', prototype: 1 }] }, 'days.0.prototype'],
    ] as const) {
      const path = 'days' in body ? '/api/holidays/2030' : '/api/users';
      const method = 'days' in body ? 'PUT' : 'POST';
      const answer = await t.request(method, path, { token: admin, body: JSON.stringify(body) });
      expect({ field, status: answer.status, fields: answer.body.details?.fields }).toEqual({
        field,
        status: 400,
        fields: { [field]: ['is not a field of this form'] },
      });
    }
    expect(await t.eventCount()).toBe(before);
  });

  it('answers broken HTTP (bad Content-Length, duplicate or invalid headers, a bad request line) with a 4xx', async () => {
    const before = await t.eventCount();
    const requests = [
      'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5\r\nConnection: close\r\n\r\n{"username":"admin"}',
      'POST /api/auth/login HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: abc\r\nConnection: close\r\n\r\n{}',
      `POST /api/users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${admin}\r\nContent-Type: application/json\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}`,
      'GET /api/me HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \u0001\u0002\r\nConnection: close\r\n\r\n',
      'GARBAGE\r\n\r\n',
      'GET /api/%ZZ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
      `GET /api/me HTTP/1.1\r\nHost: x\r\nX-Long: ${'a'.repeat(20_000)}\r\nConnection: close\r\n\r\n`,
    ];
    for (const request of requests) {
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(await raw(request))?.[1]);
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    }
    expect(await t.eventCount()).toBe(before);
  });
});
