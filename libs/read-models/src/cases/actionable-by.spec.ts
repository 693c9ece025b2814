import { caseProjections } from '../ptsp-projections';
import { tempReadModel, type TempReadModel } from '../testing/temp-read-model';
import { PATH_TO, TestOffice } from '../testing/test-office';
import { listCases } from './case-queries';
import type { ActionableBy } from './queue-keys';

describe('listCases actionableBy: my queue', () => {
  let office: TestOffice;
  let model: TempReadModel;
  const ids: Record<string, string> = {};
  const queue = (by: ActionableBy, extra: { state?: string; limit?: number } = {}) =>
    listCases(model.db, { actionableBy: by, ...extra }).items.map((c) => c.id);

  beforeAll(async () => {
    office = new TestOffice();
    model = tempReadModel(caseProjections);
    const file = async (name: string, service: string, path: string[]) => {
      office.later(60);
      ids[name] = await office.receive(service);
      await office.moves(ids[name], ...path);
    };
    await file('toVerify', 'KP-REG', []);
    await file('returned', 'KP-REG', PATH_TO.returned);
    await file('kepangkatanWork', 'KP-REG', PATH_TO.processing);
    await file('mutasiWork', 'MUT-MASUK', PATH_TO.processing);
    await file('atKasubbid', 'KP-REG', PATH_TO.initials);
    await file('atKabid', 'KP-FUNG', [...PATH_TO.initials, 'initial']);
    await file('atKepalaBadan', 'KP-REG', PATH_TO.signature);
    await file('secondToVerify', 'KARIS', []);
    model.apply(await office.newEvents());
  });
  afterAll(() => model.remove());

  it('gives a verifier the files to verify, oldest first, and nothing else', () => {
    expect(queue({ roles: ['verifier'] })).toEqual([ids.toVerify, ids.secondToVerify]);
  });

  it('gives a returned file to the desk, once for a clerk who is both front office and registrar', () => {
    expect(queue({ roles: ['front_office'] })).toEqual([ids.returned]);
    expect(queue({ roles: ['front_office', 'registrar'] })).toEqual([ids.returned]);
  });

  it("gives a processor only their own sub-division's files", () => {
    expect(queue({ roles: ['processor'], unit: 'kepangkatan' })).toEqual([ids.kepangkatanWork]);
    expect(queue({ roles: ['processor'], unit: 'mutasi' })).toEqual([ids.mutasiWork]);
    expect(queue({ roles: ['processor'] })).toEqual([]);
  });

  it('gives an official the drafts at their own post of the chain', () => {
    expect(queue({ roles: ['initialer'], position: 'Kasubbid Kepangkatan', unit: 'kepangkatan' })).toEqual([ids.atKasubbid]);
    expect(queue({ roles: ['initialer'], position: 'Kabid Pengembangan, Mutasi dan Promosi' })).toEqual([ids.atKabid]);
    expect(queue({ roles: ['signer'], position: 'Kepala Badan' })).toEqual([ids.atKepalaBadan]);
  });

  it('does not give a post holder what their roles do not allow', () => {
    expect(queue({ roles: ['processor'], position: 'Kepala Badan' })).toEqual([]);
  });

  it('gives a Plh the drafts waiting on the official they stand in for, besides their own work', () => {
    const plh: ActionableBy = {
      roles: ['processor'],
      unit: 'kepangkatan',
      actingForPositions: ['Kasubbid Kepangkatan', 'Kepala Badan'],
    };
    expect(queue(plh)).toEqual([ids.kepangkatanWork, ids.atKasubbid, ids.atKepalaBadan]);
  });

  it('combines a queue with filters and pages through it', () => {
    const plh: ActionableBy = { roles: ['verifier', 'processor'], unit: 'kepangkatan', actingForPositions: ['Kepala Badan'] };
    expect(queue(plh, { state: 'processing' })).toEqual([ids.kepangkatanWork]);

    const first = listCases(model.db, { actionableBy: plh, limit: 2 });
    const second = listCases(model.db, { actionableBy: plh, limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((c) => c.id)).toEqual([
      ids.toVerify,
      ids.kepangkatanWork,
      ids.atKepalaBadan,
      ids.secondToVerify,
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it('drops a file from a queue once it moves on', async () => {
    office.later(60);
    await office.send(ids.toVerify, 'verify_complete');
    model.apply(await office.newEvents());

    expect(queue({ roles: ['verifier'] })).toEqual([ids.secondToVerify]);
    expect(queue({ roles: ['dispatcher'] })).toEqual([ids.toVerify]);
  });
});
