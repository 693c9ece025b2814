import { berkas } from '@satupintu/ptsp';
import { caseForm, Desk } from './fixtures/cases';
import { startTestApp, type Answer, type TestApp } from './fixtures/test-app';

const INDONESIAN = { 'accept-language': 'id' };

describe('API: error messages in the language the request asks for (Accept-Language)', () => {
  let t: TestApp;
  let desk: Desk;
  beforeAll(async () => {
    t = await startTestApp();
    desk = new Desk(t);
  });
  afterAll(() => t.close());

  /** The same request twice: without Accept-Language, and asking for Indonesian. */
  async function inBothLanguages(
    send: (headers: Record<string, string>) => Promise<Answer>,
  ): Promise<{ en: Answer; id: Answer }> {
    const en = await send({});
    const id = await send(INDONESIAN);
    expect(id.status).toBe(en.status);
    expect(en.headers.get('content-language')).toBe('en');
    expect(id.headers.get('content-language')).toBe('id');
    expect(id.headers.get('vary')).toMatch(/Accept-Language/);
    return { en, id };
  }

  it('400: a form answers field by field in Indonesian, with the same fields as in English', async () => {
    const token = await desk.token('front-office');
    const form = { ...caseForm(), applicant: { ...caseForm().applicant, nip: '123' }, note: 5 };
    const { en, id } = await inBothLanguages((headers) =>
      t.request('POST', '/api/cases', { token, body: { ...form, colour: 'red' }, headers }),
    );
    expect(en.status).toBe(400);
    expect(en.body.message).toBe('Please correct: colour, applicant.nip, note');
    expect(id.body).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'Mohon perbaiki: colour, applicant.nip, note',
      details: {
        fields: {
          // The domain's own NIP check, which speaks both languages.
          'applicant.nip': ['NIP harus terdiri dari 18 angka'],
          // The form's English words; in Indonesian the check's, by its name (isString).
          note: ['harus berupa teks'],
          colour: ['bukan isian formulir ini'],
        },
      },
    });
    expect(en.body.details.fields).toEqual({
      'applicant.nip': ['A NIP is exactly 18 digits'],
      note: ['write the note as text'],
      colour: ['is not a field of this form'],
    });
  });

  it('400: an unknown service is named in the language asked for', async () => {
    const token = await desk.token('front-office');
    const { en, id } = await inBothLanguages((headers) =>
      t.request('POST', '/api/cases', {
        token,
        body: { ...caseForm(), serviceCode: 'NO-SUCH' },
        headers,
      }),
    );
    expect(en.body.message).toMatch(/^Please correct serviceCode: unknown service "NO-SUCH"/);
    expect(id.body.message).toMatch(
      /^Mohon perbaiki serviceCode: layanan "NO-SUCH" tidak dikenal; pilih salah satu: KP-REG/,
    );
  });

  it('400: a body that is not JSON, refused before any form sees it', async () => {
    const token = await desk.token('front-office');
    const { en, id } = await inBothLanguages((headers) =>
      t.request('POST', '/api/cases', {
        token,
        body: '{"serviceCode": ',
        headers: { 'content-type': 'application/json', ...headers },
      }),
    );
    expect(en.status).toBe(400);
    expect(en.body.message).toBe('The request body is not valid JSON');
    expect(id.body.message).toBe('Isi permintaan bukan JSON yang sah');
  });

  it('401: no token — "Please log in" / "Silakan masuk terlebih dahulu"', async () => {
    const { en, id } = await inBothLanguages((headers) => t.request('GET', '/api/me', { headers }));
    expect(en.status).toBe(401);
    expect(en.body.message).toBe('Please log in');
    expect(id.body.message).toBe('Silakan masuk terlebih dahulu');
    expect(id.headers.get('www-authenticate')).toBe(en.headers.get('www-authenticate'));
  });

  it('401: a wrong password is refused in Indonesian too', async () => {
    const { en, id } = await inBothLanguages((headers) =>
      t.request('POST', '/api/auth/login', {
        body: { username: 'verifier', password: 'not-demo' },
        headers,
      }),
    );
    expect(en.body.message).toBe('Wrong username or password');
    expect(id.body.message).toBe('Nama pengguna atau kata sandi salah');
  });

  it('403: a role the endpoint does not allow', async () => {
    const token = await desk.token('verifier');
    const { en, id } = await inBothLanguages((headers) =>
      t.request('GET', '/api/users', { token, headers }),
    );
    expect(en.status).toBe(403);
    expect(en.body.message).toBe('Only admin or supervisor staff may do this');
    expect(id.body.message).toBe('Hanya petugas admin atau supervisor yang boleh melakukan ini');
  });

  it('404: a case that does not exist', async () => {
    const token = await desk.token('auditor');
    const { en, id } = await inBothLanguages((headers) =>
      t.request('GET', '/api/cases/berkas-00000000-0000-4000-8000-000000000000', {
        token,
        headers,
      }),
    );
    expect(en.status).toBe(404);
    expect(en.body.message).toBe('This case does not exist');
    expect(id.body).toEqual({
      statusCode: 404,
      error: 'Not Found',
      message: 'Berkas ini tidak ada',
    });
  });

  it('409: a stale revision — the same details, the words in Indonesian', async () => {
    const { id: caseId } = await desk.receive();
    await desk.must('verifier', caseId, 'verify_complete');
    const { en, id } = await inBothLanguages((headers) =>
      desk.act('dispatcher', caseId, 'dispose', { subdivision: 'kepangkatan' }, 0, headers),
    );
    expect(en.status).toBe(409);
    expect(en.body.message).toBe('Someone else changed this a moment ago; reload it and try again');
    expect(id.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      message: 'Berkas ini baru saja diubah oleh orang lain; muat ulang lalu coba lagi',
      details: en.body.details,
    });
  });

  it('422: an action the state does not have, with the workflow’s Indonesian labels', async () => {
    const { id: caseId } = await desk.receive();
    const { en, id } = await inBothLanguages((headers) =>
      desk.act('verifier', caseId, 'sign', {}, 0, headers),
    );
    expect(en.status).toBe(422);
    const { sign } = berkas.commandLabels;
    const { verification } = berkas.stateLabels;
    expect(en.body.message).toBe(
      `"${sign.en}" is not possible while the file is "${verification.en}"`,
    );
    expect(id.body.message).toBe(
      `"${sign.id}" tidak dapat dilakukan selama berkas berstatus "${verification.id}"`,
    );
    expect(id.body.details).toEqual(en.body.details);
  });

  it('422: a guard’s refusal is said in one language, not both in one line', async () => {
    const { id: caseId } = await desk.receive(caseForm('KP-REG', { submittedDocuments: [] }));
    const { en, id } = await inBothLanguages((headers) =>
      desk.act('verifier', caseId, 'verify_complete', {}, 0, headers),
    );
    expect(en.status).toBe(422);
    expect(en.body.message).toMatch(/^Required documents missing: /);
    expect(id.body.message).toMatch(/^Dokumen wajib belum lengkap: /);
    expect(id.body.message).not.toContain(' / ');
  });

  it('422: an admin rule of the account services, which say it in both languages', async () => {
    const token = await desk.token('admin');
    const me = await t.request('GET', '/api/me', { token });
    const { en, id } = await inBothLanguages((headers) =>
      t.request('PATCH', `/api/users/${me.body.id}`, { token, body: { active: false }, headers }),
    );
    expect(en.status).toBe(422);
    expect(en.body.message).toBe(
      'You cannot deactivate your own account or remove your own admin role; ask another admin',
    );
    expect(id.body.message).toBe(
      'Anda tidak dapat menonaktifkan akun sendiri atau mencabut peran admin sendiri; mintalah admin lain',
    );
  });

  it('honours q-values and regional tags, and falls back to English for languages it does not speak', async () => {
    const languageFor = async (acceptLanguage: string) =>
      (
        await t.request('GET', '/api/me', { headers: { 'accept-language': acceptLanguage } })
      ).headers.get('content-language');
    expect(await languageFor('id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('id');
    expect(await languageFor('en;q=0.5, id;q=0.9')).toBe('id');
    expect(await languageFor('id;q=0.4, en')).toBe('en');
    expect(await languageFor('fr-FR, de')).toBe('en');
    expect(await languageFor('id;q=0, *')).toBe('en');
  });

  it('a successful answer carries no Content-Language: the language is looked up only for errors', async () => {
    const token = await desk.token('auditor');
    const answer = await t.request('GET', '/api/me', { token, headers: INDONESIAN });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-language')).toBeNull();
  });
});
