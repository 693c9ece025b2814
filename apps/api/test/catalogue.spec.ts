import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { READ_MODELS_FILE } from '../src/core/core.module';
import { accountOf, caseForm, Desk, letterService } from './fixtures/cases';
import { startTestApp, type TestApp } from './fixtures/test-app';

const KP_REG = letterService('KP-REG');
const NEW_CHAIN = [...KP_REG.initialsChain, 'Sekretaris'];

/** PUT /api/services/:code's body: the whole definition, with the version edited and why. */
const serviceForm = (overrides: Record<string, unknown> = {}) => {
  const { kind: _kind, code: _code, ...fields } = KP_REG;
  return {
    ...fields,
    expectedVersion: 1,
    reason: 'Perbup 12/2026: standar layanan baru',
    ...overrides,
  };
};

/** Moves a file from receipt to the initials of its chain's first official. */
async function toInitials(desk: Desk, id: string): Promise<void> {
  await desk.must('verifier', id, 'verify_complete');
  await desk.must('dispatcher', id, 'dispose', { subdivision: 'kepangkatan' });
  await desk.must('pengelola-kepangkatan', id, 'submit_draft', { summary: 'Konsep SK' });
}

describe('API: the service catalogue, changed by admins as published versions', () => {
  let t: TestApp;
  let desk: Desk;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    desk = new Desk(t);
    admin = await desk.token('admin');
  });
  afterAll(() => t.close());

  it('GET /api/services gives every desk the latest letter services; ?version=N an older one; an unknown version is 404, a bad one 400', async () => {
    const token = await desk.token('front-office');
    const latest = await t.request('GET', '/api/services', { token });
    expect(latest.status).toBe(200);
    expect(latest.body.map((s: { code: string }) => s.code)).toEqual([
      'KP-REG',
      'KP-FUNG',
      'MUT-MASUK',
      'PEN-BUP',
      'PEN-JD',
      'KARIS',
      'IZIN-BELAJAR',
      'CLTN',
    ]);
    expect(latest.body[0]).toMatchObject({
      code: 'KP-REG',
      slaWorkingDays: 14,
      classificationCode: '800.1.3.2',
      initialsChain: KP_REG.initialsChain,
    });
    expect((await t.request('GET', '/api/services?version=1', { token })).body).toEqual(
      latest.body,
    );
    const unknown = await t.request('GET', '/api/services?version=99', { token });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toMatch(/no catalogue version 99/);
    expect((await t.request('GET', '/api/services?version=zero', { token })).body.details).toEqual({
      fields: { version: ['give a catalogue version: a whole number from 1'] },
    });
  });

  it('only an admin publishes (403 for others, 401 without login); supervisors and auditors read the history, other desks may not', async () => {
    for (const user of ['front-office', 'supervisor', 'auditor']) {
      const answer = await t.request('PUT', '/api/services/KP-REG', {
        token: await desk.token(user),
        body: serviceForm(),
      });
      expect(answer.status).toBe(403);
    }
    expect((await t.request('PUT', '/api/services/KP-REG', { body: serviceForm() })).status).toBe(
      401,
    );
    expect(
      (
        await t.request('POST', '/api/services/CLTN/retire', {
          token: await desk.token('verifier'),
          body: { expectedVersion: 1, reason: 'x' },
        })
      ).status,
    ).toBe(403);
    for (const user of ['supervisor', 'auditor', 'admin']) {
      expect(
        (await t.request('GET', '/api/services/versions', { token: await desk.token(user) }))
          .status,
      ).toBe(200);
    }
    expect(
      (
        await t.request('GET', '/api/services/versions', {
          token: await desk.token('front-office'),
        })
      ).status,
    ).toBe(403);
  });

  it('answers 400 naming each wrong field, and stores nothing', async () => {
    const before = await t.eventCount();
    const put = (body: unknown, code = 'KP-REG') =>
      t.request('PUT', `/api/services/${code}`, { token: admin, body });
    const rules = await put(
      serviceForm({
        slaWorkingDays: 0,
        initialsChain: ['Kasubbid Kepangkatan', 'Kabid Keuangan'],
        signer: 'Bupati',
        documents: [
          KP_REG.documents[0],
          { ...KP_REG.documents[1], code: KP_REG.documents[0].code },
        ],
        reason: '  ',
      }),
    );
    expect(rules.status).toBe(400);
    expect(rules.body.details.fields).toEqual({
      reason: ['say why, in up to 500 characters'],
      slaWorkingDays: ['give a whole number of working days from 1 to 260'],
      'documents.1.code': ['SURAT_PENGANTAR_OPD is listed twice'],
      'initialsChain.1': ['"Kabid Keuangan" is not a post of the organisation'],
      signer: ['"Bupati" is not a post of the organisation'],
    });
    const shape = await put({
      expectedVersion: 'one',
      reason: 5,
      slaWorkingDays: '10',
      documents: 'all',
      colour: 'red',
    });
    expect(shape.status).toBe(400);
    expect(shape.body.details.fields).toMatchObject({
      expectedVersion: ['give the catalogue version you edited'],
      reason: ['say why'],
      slaWorkingDays: ['give a whole number of working days'],
      documents: ['list the documents'],
      colour: ['is not a field of this form'],
    });
    expect((await put(serviceForm(), 'kp reg')).body.details.fields).toEqual({
      code: ['use capital letters, digits and dashes, e.g. KP-REG'],
    });
    const retireUnknown = await t.request('POST', '/api/services/KP-XYZ/retire', {
      token: admin,
      body: { expectedVersion: 1, reason: 'x' },
    });
    expect(retireUnknown.body.details.fields).toEqual({
      code: ['there is no service "KP-XYZ" to retire'],
    });
    expect(await t.eventCount()).toBe(before);
  });

  it('given Accept-Language: id, then the service checks and the catalogue rules are said in Indonesian, field by field', async () => {
    const headers = { 'accept-language': 'id' };
    const before = await t.eventCount();
    const rules = await t.request('PUT', '/api/services/KP-REG', {
      token: admin,
      headers,
      body: serviceForm({
        slaWorkingDays: 0,
        initialsChain: ['Kasubbid Kepangkatan', 'Kabid Keuangan'],
        documents: [
          KP_REG.documents[0],
          { ...KP_REG.documents[1], code: KP_REG.documents[0].code },
        ],
      }),
    });
    expect(rules.status).toBe(400);
    expect(rules.body.details.fields).toEqual({
      slaWorkingDays: ['isi bilangan bulat hari kerja dari 1 sampai 260'],
      'documents.1.code': ['SURAT_PENGANTAR_OPD tercantum dua kali'],
      'initialsChain.1': ['"Kabid Keuangan" bukan jabatan dalam organisasi'],
    });

    const retireUnknown = await t.request('POST', '/api/services/KP-XYZ/retire', {
      token: admin,
      headers,
      body: { expectedVersion: 1, reason: 'x' },
    });
    expect(retireUnknown.status).toBe(400);
    expect(retireUnknown.body.details.fields).toEqual({
      code: ['tidak ada layanan "KP-XYZ" yang dapat dihentikan'],
    });
    expect(await t.eventCount()).toBe(before);
  });

  describe('a change published between two receipts', () => {
    let before: { id: string };
    let after: { id: string };

    it('new files take the latest version, a file received before keeps its SLA and chain', async () => {
      before = await desk.receive(caseForm('KP-REG'));
      const published = await t.request('PUT', '/api/services/KP-REG', {
        token: admin,
        body: serviceForm({ slaWorkingDays: 10, initialsChain: NEW_CHAIN }),
      });
      expect(published.status).toBe(200);
      expect(published.body).toEqual({
        version: 2,
        service: expect.objectContaining({
          code: 'KP-REG',
          slaWorkingDays: 10,
          initialsChain: NEW_CHAIN,
        }),
      });
      after = await desk.receive(caseForm('KP-REG'));

      const firstEvent = async (id: string) =>
        (await t.request('GET', `/api/cases/${id}/history`, { token: await desk.token('auditor') }))
          .body[0].data;
      expect(await firstEvent(before.id)).toMatchObject({
        catalogueVersion: 1,
        service: { slaWorkingDays: 14, initialsChain: KP_REG.initialsChain },
      });
      expect(await firstEvent(after.id)).toMatchObject({
        catalogueVersion: 2,
        service: { slaWorkingDays: 10, initialsChain: NEW_CHAIN },
      });
      const due = async (id: string) => Date.parse((await desk.get(id)).body.sla.dueAt);
      expect(await due(after.id)).toBeLessThan(await due(before.id));
    });

    it('each file walks its own chain: the old one to signature after two initials, the new one needs the Sekretaris too', async () => {
      for (const { id } of [before, after]) {
        await toInitials(desk, id);
        for (const post of KP_REG.initialsChain) await desk.must(accountOf(post), id, 'initial');
      }
      expect((await desk.get(before.id)).body.state).toBe('signature');
      expect((await desk.get(after.id)).body).toMatchObject({
        state: 'initials',
        waitingOn: [expect.objectContaining({ position: 'Sekretaris' })],
      });
      await desk.must('sekretaris', after.id, 'initial');
      for (const { id } of [before, after]) await desk.must('kepala-badan', id, 'sign');
    });

    it('the audit replays both as valid', async () => {
      for (const { id } of [before, after]) {
        const audit = await t.request('GET', `/api/cases/${id}/audit`, {
          token: await desk.token('auditor'),
        });
        expect(audit.body).toMatchObject({ valid: true, chain: { intact: true } });
      }
    });

    it('an edit made on the old version is refused with 409, and stores nothing', async () => {
      const count = await t.eventCount();
      const stale = await t.request('PUT', '/api/services/KP-REG', {
        token: admin,
        body: serviceForm({ slaWorkingDays: 12 }),
      });
      expect(stale.status).toBe(409);
      expect(stale.body.message).toMatch(/catalogue is at version 2 now, not 1/);
      expect(await t.eventCount()).toBe(count);
    });
  });

  it('retiring a service and adding one publish versions 3 and 4; the retired one is no longer received, older versions still list it', async () => {
    const retired = await t.request('POST', '/api/services/CLTN/retire', {
      token: admin,
      body: { expectedVersion: 2, reason: 'CLTN kini lewat aplikasi BKN' },
    });
    expect(retired.body).toEqual({ version: 3, service: null });
    const token = await desk.token('front-office');
    expect(
      (await t.request('GET', '/api/services', { token })).body.map(
        (s: { code: string }) => s.code,
      ),
    ).not.toContain('CLTN');
    expect(
      (await t.request('GET', '/api/services?version=2', { token })).body.map(
        (s: { code: string }) => s.code,
      ),
    ).toContain('CLTN');
    const refused = await t.request('POST', '/api/cases', {
      token,
      body: caseForm('KARIS', { serviceCode: 'CLTN', submittedDocuments: [] }),
    });
    expect(refused.status).toBe(400);
    expect(refused.body.details.fields.serviceCode[0]).toMatch(
      /^unknown service "CLTN"; choose one of: KP-REG/,
    );

    const karis = letterService('KARIS');
    const { kind: _kind, code: _code, ...karisFields } = karis;
    const added = await t.request('PUT', '/api/services/KARSU', {
      token: admin,
      body: {
        ...karisFields,
        name: { id: 'Kartu Suami', en: 'Husband card' },
        expectedVersion: 3,
        reason: 'Layanan baru',
      },
    });
    expect(added.status).toBe(200);
    expect(added.body).toMatchObject({
      version: 4,
      service: { code: 'KARSU', name: { id: 'Kartu Suami' } },
    });
    const received = await desk.receive(caseForm('KARIS', { serviceCode: 'KARSU' }));
    expect((await desk.get(received.id)).body).toMatchObject({
      serviceCode: 'KARSU',
      serviceName: { id: 'Kartu Suami' },
    });
  });

  it('the history lists every version with who, when, why and what changed', async () => {
    const history = await t.request('GET', '/api/services/versions', {
      token: await desk.token('supervisor'),
    });
    expect(history.body.latestVersion).toBe(4);
    expect(history.body.versions.map((v: { version: number }) => v.version)).toEqual([1, 2, 3, 4]);
    expect(history.body.versions[0]).toEqual({
      version: 1,
      publishedAt: null,
      publishedBy: null,
      reason: null,
      changes: [],
    });
    expect(history.body.versions[1]).toMatchObject({
      publishedAt: expect.any(String),
      publishedBy: { id: expect.any(String), name: expect.any(String) },
      reason: 'Perbup 12/2026: standar layanan baru',
      changes: [
        {
          code: 'KP-REG',
          action: 'update',
          fields: [
            { field: 'slaWorkingDays', before: 14, after: 10 },
            { field: 'initialsChain', before: KP_REG.initialsChain, after: NEW_CHAIN },
          ],
        },
      ],
    });
    expect(history.body.versions[2].changes).toEqual([
      expect.objectContaining({ code: 'CLTN', action: 'retire' }),
    ]);
    expect(history.body.versions[3].changes).toEqual([
      expect.objectContaining({ code: 'KARSU', action: 'add' }),
    ]);
  });

  it('auditors read the changes in the log like the other admin actions', async () => {
    const log = await t.request('GET', '/api/audit/log?stream=catalogue-', {
      token: await desk.token('auditor'),
    });
    expect(log.status).toBe(200);
    expect(
      log.body.items.map((e: { type: string; data: { version: number } }) => [
        e.type,
        e.data.version,
      ]),
    ).toEqual([
      ['CataloguePublished', 2],
      ['CataloguePublished', 3],
      ['CataloguePublished', 4],
    ]);
    expect(log.body.items[0]).toMatchObject({
      streamId: 'catalogue-services',
      actor: { name: expect.any(String), roles: ['admin'] },
      data: {
        reason: 'Perbup 12/2026: standar layanan baru',
        changes: [{ action: 'update', service: { code: 'KP-REG', slaWorkingDays: 10 } }],
      },
    });
    // Like every admin stream, the versions are hash-chained.
    const chain = await t.request('GET', '/api/audit/streams/catalogue-services', {
      token: await desk.token('auditor'),
    });
    expect(chain.body).toMatchObject({ streamId: 'catalogue-services', chain: { intact: true } });
    expect(chain.body.links).toHaveLength(3);
  });

  it('a restart keeps the versions, and so does a rebuild of the read models from the events alone', async () => {
    const snapshot = async (app: TestApp) => {
      const token = await app.login('supervisor');
      return {
        latest: (await app.request('GET', '/api/services', { token })).body,
        v2: (await app.request('GET', '/api/services?version=2', { token })).body,
        history: (await app.request('GET', '/api/services/versions', { token })).body,
      };
    };
    const was = await snapshot(t);
    await t.stop();
    t = await startTestApp({}, t.dataDir);
    expect(await snapshot(t)).toEqual(was);
    await t.stop();
    rmSync(join(t.dataDir, READ_MODELS_FILE));
    t = await startTestApp({}, t.dataDir);
    desk = new Desk(t);
    expect(await snapshot(t)).toEqual(was);
    // …and receipts go on with the latest version.
    const received = await desk.receive(caseForm('KP-REG'));
    const first = (
      await t.request('GET', `/api/cases/${received.id}/history`, {
        token: await desk.token('auditor'),
      })
    ).body[0].data;
    expect(first).toMatchObject({ catalogueVersion: 4, service: { slaWorkingDays: 10 } });
  });
});
