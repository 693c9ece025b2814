import { caseProjections } from '../ptsp-projections';
import { tempReadModel, type TempReadModel } from '../testing/temp-read-model';
import { MONDAY_9AM, PATH_TO, staff, TestOffice } from '../testing/test-office';
import { getTimeline } from './timeline-queries';

describe('timeline', () => {
  let office: TestOffice;
  let model: TempReadModel;

  beforeEach(() => {
    office = new TestOffice();
    model = tempReadModel(caseProjections);
  });
  afterEach(() => model.remove());

  it('given a file received and returned, then each event is one row: who, when, from which state to which, what', async () => {
    const id = await office.receive('KP-REG');
    office.later(30);
    await office.send(id, 'return_incomplete', { missingDocuments: ['KARPEG'], note: 'Karpeg belum dilegalisir' });
    model.apply(await office.newEvents());

    const timeline = getTimeline(model.db, id);

    expect(timeline.map((e) => [e.revision, e.type, e.from, e.to])).toEqual([
      [0, 'FileReceived', 'start', 'verification'],
      [1, 'FileReturned', 'verification', 'returned'],
    ]);
    expect(timeline[1]).toMatchObject({
      caseId: id,
      at: '2026-03-02T01:30:00.000Z',
      actor: { id: staff('verifier').id, name: staff('verifier').name, roles: ['verifier'], position: null },
      actingFor: [],
      data: { missingDocuments: ['KARPEG'], note: 'Karpeg belum dilegalisir' },
    });
    expect(timeline[0].at).toBe(MONDAY_9AM);
  });

  it('given a draft initialled by a Plh, then the row names the deputy and the official they stood in for', async () => {
    const id = await office.receive('KP-REG');
    await office.moves(id, ...PATH_TO.initials);
    const official = staff('initialer', { position: 'Kasubbid Kepangkatan' });
    const deputy = { ...staff('processor', { unit: 'kepangkatan' }), actingFor: [{ id: official.id, name: official.name, roles: official.roles, position: official.position }] };
    await office.send(id, 'initial', {}, deputy);
    model.apply(await office.newEvents());

    const initialled = getTimeline(model.db, id).at(-1)!;

    expect(initialled).toMatchObject({
      type: 'DraftInitialled',
      from: 'initials',
      to: 'initials',
      actor: { id: deputy.id, roles: ['processor'] },
      actingFor: [{ id: official.id, position: 'Kasubbid Kepangkatan' }],
    });
  });

  it('given events applied twice, then the history has each once; an unknown case has none', async () => {
    const id = await office.receive('KP-REG');
    const events = await office.newEvents();
    model.apply(events);
    model.apply(events);

    expect(getTimeline(model.db, id)).toHaveLength(1);
    expect(getTimeline(model.db, 'berkas-unknown')).toEqual([]);
  });
});
