import { caseProjections } from '../ptsp-projections';
import { tempReadModel, type TempReadModel } from '../testing/temp-read-model';
import { APPLICANT, nextTrackingCode, PATH_TO, staff, TestOffice } from '../testing/test-office';
import { getTracking } from './tracking-queries';

describe('public tracking', () => {
  let office: TestOffice;
  let model: TempReadModel;

  beforeEach(() => {
    office = new TestOffice();
    model = tempReadModel(caseProjections);
  });
  afterEach(() => model.remove());

  it('given a file returned as incomplete, then the applicant sees the state, its steps and what to bring, as typed or not', async () => {
    const code = nextTrackingCode();
    const id = await office.receive('KP-REG', { trackingCode: code });
    office.later(30);
    await office.send(id, 'return_incomplete', { missingDocuments: ['KARPEG'] });
    model.apply(await office.newEvents());

    const view = getTracking(model.db, ` ${code.toLowerCase()} `);

    expect(view).toEqual({
      trackingCode: code,
      kind: 'berkas',
      serviceCode: 'KP-REG',
      serviceName: { id: 'Kenaikan Pangkat Reguler', en: 'Regular promotion' },
      state: 'returned',
      stateLabel: { id: 'Dikembalikan, menunggu kelengkapan', en: 'Returned, awaiting missing documents' },
      receivedAt: '2026-03-02T01:00:00.000Z',
      updatedAt: '2026-03-02T01:30:00.000Z',
      missingDocuments: [{ code: 'KARPEG', name: { id: 'Salinan Kartu Pegawai (Karpeg)', en: 'Copy of the employee card (Karpeg)' } }],
      steps: [
        { state: 'verification', label: { id: 'Pemeriksaan kelengkapan', en: 'Completeness check' }, at: '2026-03-02T01:00:00.000Z' },
        { state: 'returned', label: expect.objectContaining({ id: 'Dikembalikan, menunggu kelengkapan' }), at: '2026-03-02T01:30:00.000Z' },
      ],
    });
  });

  it('given a file handed over, then one step per state reached, and nothing personal anywhere in the view', async () => {
    const code = nextTrackingCode();
    const id = await office.receive('KP-REG', { trackingCode: code });
    await office.moves(id, ...PATH_TO.handed_over);
    model.apply(await office.newEvents());

    const view = getTracking(model.db, code)!;
    const text = JSON.stringify(view);

    // Two officials initial, but the applicant sees one "awaiting initials" step.
    expect(view.steps.map((s) => s.state)).toEqual(['verification', 'disposition', 'processing', 'initials', 'signature', 'numbering', 'ready', 'handed_over']);
    expect(view.missingDocuments).toEqual([]);
    for (const personal of [APPLICANT.name, APPLICANT.nip, '81234567890', staff('duty_officer').name!, staff('verifier').name!, 'demo-']) {
      expect(text).not.toContain(personal);
    }
  });

  it('keeps no personal data in its tables at all', async () => {
    const id = await office.receive('KP-REG');
    await office.moves(id, ...PATH_TO.handed_over);
    model.apply(await office.newEvents());

    const stored = JSON.stringify([
      model.db.prepare('SELECT * FROM tracking').all(),
      model.db.prepare('SELECT * FROM tracking_checklists').all(),
    ]);

    for (const personal of [APPLICANT.name, APPLICANT.nip, '81234567890', 'Fauzan', 'demo-']) expect(stored).not.toContain(personal);
  });

  it('given a consultation, then its status is found by its code too', async () => {
    const code = nextTrackingCode();
    await office.ask({ trackingCode: code, visitor: { name: 'Siti Rahmah' } });
    model.apply(await office.newEvents());

    expect(getTracking(model.db, code)).toMatchObject({ kind: 'konsultasi', serviceCode: 'KONSULTASI', state: 'asked', stateLabel: { en: 'Awaiting an answer' } });
    expect(JSON.stringify(getTracking(model.db, code))).not.toContain('Siti');
  });

  it('finds nothing for a code that fails its check character or was never issued', async () => {
    const code = nextTrackingCode();
    await office.receive('KP-REG', { trackingCode: code });
    model.apply(await office.newEvents());
    const mistyped = `${code.slice(0, -1)}${code.endsWith('2') ? '3' : '2'}`;

    expect(getTracking(model.db, mistyped)).toBeNull();
    expect(getTracking(model.db, nextTrackingCode())).toBeNull();
  });
});
