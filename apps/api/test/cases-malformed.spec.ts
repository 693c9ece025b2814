import fc from 'fast-check';
import { caseForm, Desk } from './fixtures/cases';
import { junkBodies as junk, spoiled as spoiledForm } from './fixtures/malformed';
import type { EventStore } from '@satupintu/event-store';
import { EVENT_STORE } from '../src/core/tokens';
import { startTestApp, type TestApp } from './fixtures/test-app';

type Kind = 'string' | 'optionalString' | 'stringArray' | 'revision' | 'object';

/** A value of the wrong type for a field of this kind: never one the form could accept. */
const wrongValue = (kind: Kind): fc.Arbitrary<unknown> => {
  const common = [fc.boolean(), fc.constant(null), fc.object({ maxDepth: 1 })];
  switch (kind) {
    case 'string':
      return fc.oneof(
        ...common,
        fc.integer(),
        fc.double(),
        fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
      );
    // null is how a client leaves an optional field out (`"note": null` is a receipt without one).
    case 'optionalString':
      return fc.oneof(
        fc.boolean(),
        fc.object({ maxDepth: 1 }),
        fc.integer(),
        fc.double(),
        fc.array(fc.integer(), { minLength: 1, maxLength: 3 }),
      );
    case 'stringArray':
      return fc.oneof(
        ...common,
        fc.integer(),
        fc.string(),
        fc.array(fc.oneof(fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 3 }),
      );
    case 'revision':
      return fc.oneof(
        ...common,
        fc.string(),
        fc.integer({ max: -1 }),
        fc.double().filter((n) => !Number.isInteger(n)),
        fc.array(fc.integer(), { maxLength: 2 }),
      );
    case 'object':
      return fc.oneof(
        fc.boolean(),
        fc.constant(null),
        fc.integer(),
        fc.string(),
        fc.array(fc.string(), { maxLength: 2 }),
      );
  }
};

/** A valid form spoiled in one way, each field by its kind. */
const spoiled = (valid: Record<string, unknown>, kinds: Record<string, Kind>) =>
  spoiledForm(valid, {
    fields: Object.keys(kinds),
    wrongValue: (field) => wrongValue(kinds[field]),
  });

const headerText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...'abcXYZ019 -_/:;!~"\''.split('')), maxLength: 40 }),
  fc.constantFrom('', ' ', 'x'.repeat(8_000), 'key\twith-tab'),
);

/**
 * Whatever reaches the case endpoints — malformed bodies, wrong types, huge strings, unknown
 * fields, bad headers, odd ids and queries — the answer is never a 5xx, a refusal has the API's
 * error shape, and the store does not change.
 */
describe('API: malformed requests at the case endpoints (property)', () => {
  let t: TestApp;
  let desk: Desk;
  let tokens: Record<string, string>;
  let inVerification: string;
  let handedOverLike: string;
  beforeAll(async () => {
    t = await startTestApp();
    desk = new Desk(t);
    tokens = {
      'front-office': await desk.token('front-office'),
      verifier: await desk.token('verifier'),
    };
    inVerification = (await desk.receive()).id;
    handedOverLike = (await desk.receive(caseForm('KARIS'))).id;
    await desk.must('front-office', handedOverLike, 'withdraw', { reason: 'Batal' });
  });
  afterAll(() => t.close());

  const createForm: Record<string, unknown> = { ...caseForm('KP-REG') };
  const actionForm = {
    type: 'return_incomplete',
    expectedRevision: 0,
    missingDocuments: ['SK_CPNS'],
  };
  const id = () =>
    fc.constantFrom(
      inVerification,
      handedOverLike,
      'berkas-00000000-0000-4000-8000-000000000000',
      'nonsense',
      '..%2F..%2Fetc',
      'konsultasi-x',
      '%00',
      'berkas-' + 'a'.repeat(90),
    );
  const query = fc
    .dictionary(
      fc.constantFrom(
        'state',
        'serviceCode',
        'subdivision',
        'q',
        'mine',
        'limit',
        'cursor',
        'kind',
        'sort',
        '__proto__',
        'x',
      ),
      fc.oneof(
        fc.string({ maxLength: 30 }),
        fc.constantFrom(
          'true',
          '-1',
          '0',
          '1e9',
          'NaN',
          '201',
          'x'.repeat(1000),
          'eyJ4Ijox',
          'WyIiLCIiXQ',
        ),
      ),
      { maxKeys: 4 },
    )
    .map((params) => new URLSearchParams(params as Record<string, string>).toString());

  /** Built in the test: the case ids exist only once beforeAll has run. */
  const requests = () =>
    fc.oneof(
      fc.record({
        method: fc.constant('POST'),
        path: fc.constant('/api/cases'),
        body: fc.oneof(
          spoiled(createForm, {
            serviceCode: 'string',
            applicant: 'object',
            submittedDocuments: 'stringArray',
            note: 'optionalString',
          }),
          junk,
        ),
      }),
      fc.record({
        method: fc.constant('POST'),
        path: id().map((caseId) => `/api/cases/${caseId}/actions`),
        body: fc.oneof(
          spoiled(actionForm, {
            type: 'string',
            expectedRevision: 'revision',
            missingDocuments: 'stringArray',
          }),
          junk,
        ),
      }),
      fc.record({
        method: fc.constant('GET'),
        path: query.map((q) => `/api/cases?${q}`),
        body: fc.constant(undefined),
      }),
      fc.record({
        method: fc.constant('GET'),
        path: id().chain((caseId) =>
          fc.constantFrom(`/api/cases/${caseId}`, `/api/cases/${caseId}/history`),
        ),
        body: fc.constant(undefined),
      }),
      fc.record({
        method: fc.constantFrom('DELETE', 'PUT', 'PATCH'),
        path: id().chain((caseId) =>
          fc.constantFrom(`/api/cases/${caseId}`, `/api/cases/${caseId}/actions`),
        ),
        body: fc.option(junk, { nil: undefined }),
      }),
    );
  // Mostly well-formed headers, so that most requests reach validation; the rest probe the edges.
  const headers = fc.record(
    {
      contentType: fc.oneof(
        {
          weight: 4,
          arbitrary: fc.constantFrom('application/json', 'application/json; charset=utf-8'),
        },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            'text/plain',
            'application/x-www-form-urlencoded',
            'multipart/form-data; boundary=x',
            'garbage',
          ),
        },
      ),
      authorization: fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom('front-office', 'verifier') },
        {
          weight: 1,
          arbitrary: fc.constantFrom(
            'Bearer garbage',
            'Basic YWRtaW46ZGVtbw==',
            `Bearer ${'a'.repeat(3000)}`,
            'Bearer a.b.c',
            '',
          ),
        },
      ),
      idempotencyKey: headerText,
    },
    { requiredKeys: ['authorization'] },
  );

  it('never answers 5xx, refuses in the error shape, and never changes the store', async () => {
    // Compared by what was appended, not by a count: a failure names the streams and types.
    const head = await t.headPosition();
    const store = t.app.get<EventStore>(EVENT_STORE);
    const appendedSince = async () =>
      (await store.readAll({ after: head })).map((event) => `${event.streamId} ${event.type}`);
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(
        requests(),
        headers,
        async ({ method, path, body }, { contentType, authorization, idempotencyKey }) => {
          const sent: Record<string, string> = {};
          if (contentType !== undefined) sent['content-type'] = contentType;
          if (authorization !== '')
            sent.authorization = tokens[authorization]
              ? `Bearer ${tokens[authorization]}`
              : authorization;
          if (idempotencyKey !== undefined) sent['idempotency-key'] = idempotencyKey;
          const answer = await t.request(method, path, { body, headers: sent });
          statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
          expect(answer.status).toBeLessThan(500);
          if (answer.status >= 400) {
            expect(answer.body).toEqual(
              expect.objectContaining({
                statusCode: answer.status,
                error: expect.any(String),
                message: expect.any(String),
              }),
            );
          }
          if (method !== 'GET') expect(answer.status).toBeGreaterThanOrEqual(400);
          expect(await appendedSince()).toEqual([]);
        },
      ),
      { numRuns: 400 },
    );
    // Most requests got past the login to the forms' checks.
    expect(statuses.get(400) ?? 0).toBeGreaterThan(100);
  });

  it('the unspoiled forms do go through (the property is not vacuous)', async () => {
    const created = await t.request('POST', '/api/cases', {
      token: tokens['front-office'],
      body: createForm,
    });
    expect(created.status).toBe(201);
    const acted = await t.request('POST', `/api/cases/${inVerification}/actions`, {
      token: tokens.verifier,
      body: actionForm,
    });
    expect(acted.status).toBe(200);
  });
});
