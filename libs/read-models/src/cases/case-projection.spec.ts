import { caseProjections } from '../ptsp-projections';
import { tempReadModel, type TempReadModel } from '../testing/temp-read-model';
import { APPLICANT, MONDAY_9AM, PATH_TO, TestOffice } from '../testing/test-office';
import { caseSla } from '../sla';
import { getCase } from './case-queries';

describe('cases projection', () => {
  let office: TestOffice;
  let model: TempReadModel;
  const project = async () => model.apply(await office.newEvents());

  beforeEach(() => {
    office = new TestOffice();
    model = tempReadModel(caseProjections);
  });
  afterEach(() => model.remove());

  it('given a file received at the desk, then its summary shows the service, applicant, numbers and the verifier as next', async () => {
    const id = await office.receive('KP-REG');
    await project();

    expect(getCase(model.db, id)).toMatchObject({
      id,
      kind: 'berkas',
      state: 'verification',
      serviceCode: 'KP-REG',
      serviceName: { id: 'Kenaikan Pangkat Reguler', en: 'Regular promotion' },
      agendaNumber: 'AG-2026-000001',
      // The case keeps the phone as the machine does: in international form.
      applicant: { nip: APPLICANT.nip, name: APPLICANT.name, phone: '+6281234567890' },
      initialsChain: ['Kasubbid Kepangkatan', 'Kabid Pengembangan, Mutasi dan Promosi'],
      chainIndex: 0,
      signer: 'Kepala Badan',
      slaWorkingDays: 14,
      revision: 0,
      receivedAt: '2026-03-02T01:00:00.000Z',
      createdAt: '2026-03-02T01:00:00.000Z',
      returnedAt: null,
      waitingOn: { roles: ['verifier'] },
    });
  });

  it('given a file returned and resubmitted two days later, then the time away is totalled and its period closed', async () => {
    const id = await office.receive('KP-REG');
    office.later(30);
    await office.send(id, 'return_incomplete', { missingDocuments: ['SKP_2_TAHUN', 'SK_PANGKAT_TERAKHIR'] });
    await project();
    const returned = getCase(model.db, id)!;
    expect(returned).toMatchObject({
      state: 'returned',
      returnedAt: '2026-03-02T01:30:00.000Z',
      // In checklist order, as the machine keeps them.
      missingDocuments: ['SK_PANGKAT_TERAKHIR', 'SKP_2_TAHUN'],
      waitingOn: { roles: ['front_office', 'registrar'] },
    });

    office.later(2 * 24 * 60);
    await office.send(id, 'resubmit');
    office.later(10);
    await office.send(id, 'verify_complete');
    await project();

    expect(getCase(model.db, id)).toMatchObject({
      state: 'disposition',
      returnedAt: null,
      returnedMs: 2 * 24 * 60 * 60_000,
      returnedPeriods: [{ from: '2026-03-02T01:30:00.000Z', to: '2026-03-04T01:30:00.000Z' }],
      missingDocuments: [],
      waitingOn: { roles: ['dispatcher'] },
    });
  });

  it.each([
    ['processing', { roles: ['processor'], unit: 'kepangkatan' }],
    ['initials', { roles: ['initialer'], positions: ['Kasubbid Kepangkatan'] }],
    ['signature', { roles: ['signer'], positions: ['Kepala Badan'] }],
    ['numbering', { roles: ['numberer'] }],
    ['ready', { roles: ['duty_officer'] }],
    ['handed_over', null],
    ['withdrawn', null],
  ])('given a file moved to %s, then it waits on %j', async (state, waitingOn) => {
    const id = await office.receive('KP-REG');
    await office.moves(id, ...PATH_TO[state]);
    await project();

    expect(getCase(model.db, id)).toMatchObject({ state, waitingOn });
  });

  it('given a draft initialled by the first official, then it waits on the next post of the chain', async () => {
    const id = await office.receive('KP-REG');
    await office.moves(id, ...PATH_TO.initials, 'initial');
    await project();

    expect(getCase(model.db, id)).toMatchObject({
      state: 'initials',
      chainIndex: 1,
      waitingOn: { roles: ['initialer'], positions: ['Kabid Pengembangan, Mutasi dan Promosi'] },
    });
  });

  it('given a draft sent back and submitted again, then the chain starts over', async () => {
    const id = await office.receive('KP-REG');
    await office.moves(id, ...PATH_TO.initials, 'initial', 'send_back');
    await project();
    expect(getCase(model.db, id)).toMatchObject({ state: 'processing', waitingOn: { roles: ['processor'], unit: 'kepangkatan' } });

    await office.moves(id, 'submit_draft');
    await project();
    expect(getCase(model.db, id)).toMatchObject({ state: 'initials', chainIndex: 0 });
  });

  it('given a file redisposed, then it waits on the processors of the new sub-division', async () => {
    const id = await office.receive('KP-REG');
    await office.moves(id, 'verify_complete');
    await office.send(id, 'dispose', { subdivision: 'mutasi' });
    await office.send(id, 'redispose', { subdivision: 'kepangkatan', reason: 'Salah disposisi' });
    await project();

    expect(getCase(model.db, id)).toMatchObject({ subdivision: 'kepangkatan', waitingOn: { roles: ['processor'], unit: 'kepangkatan' } });
  });

  it('given a letter numbered at 23:30 UTC, then its date is the next WITA day, and ready stops the clock', async () => {
    const id = await office.receive('KP-REG');
    await office.moves(id, ...PATH_TO.numbering);
    office.at('2026-03-05T23:30:00.000Z');
    await office.send(id, 'assign_number');
    await project();

    expect(getCase(model.db, id)).toMatchObject({
      state: 'ready',
      letterNumber: '800.1.3.2/0001/BKD/2026',
      letterDate: '2026-03-06',
      readyAt: '2026-03-05T23:30:00.000Z',
      closedAt: null,
    });
  });

  it('given a consultation escalated, then it waits on the managers of that sub-division', async () => {
    const id = await office.ask({ visitor: { name: 'Siti Rahmah', phone: '081351234567' } });
    await office.send(id, 'escalate', { subdivision: 'mutasi' });
    await project();

    expect(getCase(model.db, id)).toMatchObject({
      kind: 'konsultasi',
      serviceCode: 'KONSULTASI',
      applicant: { nip: null, name: 'Siti Rahmah', phone: '+6281351234567' },
      state: 'escalated',
      subdivision: 'mutasi',
      slaWorkingDays: 1,
      waitingOn: { roles: ['initialer', 'processor'], unit: 'mutasi' },
    });
  });

  it('given the same events applied twice, then the case is as after once', async () => {
    const id = await office.receive('KP-REG');
    await office.moves(id, 'return_incomplete', 'resubmit', 'verify_complete');
    const events = await office.newEvents();
    model.apply(events);
    const once = getCase(model.db, id);

    model.apply(events);

    expect(getCase(model.db, id)).toEqual(once);
    expect(model.db.prepare('SELECT COUNT(*) AS n FROM case_queue').get()).toEqual({ n: 1 });
    expect(model.db.prepare('SELECT SUM(count) AS n FROM case_state_counts').get()).toEqual({ n: 1 });
  });

  it('given events of another workflow, then no case appears', async () => {
    model.apply([
      {
        streamId: 'sequence-agenda-2026',
        revision: 0,
        position: 1,
        id: 'e1',
        type: 'SequenceNumberClaimed',
        data: { value: 1 },
        metadata: {},
        recordedAt: MONDAY_9AM,
      },
    ]);
    expect(model.db.prepare('SELECT COUNT(*) AS n FROM cases').get()).toEqual({ n: 0 });
  });
});

describe('a case summary on the SLA clock', () => {
  it('given a file returned for two working days and ready that week, then its promise is kept and its due date moved by two days', async () => {
    const office = new TestOffice();
    const model = tempReadModel(caseProjections);
    try {
      const id = await office.receive('KP-REG');
      office.later(60);
      await office.send(id, 'return_incomplete');
      office.later(2 * 24 * 60);
      await office.send(id, 'resubmit');
      await office.moves(id, ...PATH_TO.ready);
      model.apply(await office.newEvents());

      const sla = caseSla(getCase(model.db, id)!, { now: '2026-12-31T00:00:00.000Z' });

      expect(sla).toMatchObject({ stopped: true, breached: false, paused: false });
      // 14 working days from Monday 2 March 09:00 WITA end on Friday 20 March; two days away move that to Tuesday 24.
      expect(sla.dueAt).toBe('2026-03-24T01:00:00.000Z');
    } finally {
      model.remove();
    }
  });
});
