import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Actor } from '@satupintu/engine';
import { InMemoryEventStore } from '@satupintu/event-store';
import { ProjectionRunner } from '@satupintu/projections';
import { catalogue, isLetterService, type LetterService } from '@satupintu/ptsp';
import { AdminInputError } from '../../src/accounts';
import {
  CATALOGUE_STREAM,
  CatalogueChangedError,
  CatalogueReadModel,
  catalogueProjection,
  publishCatalogue,
  type CatalogueContext,
} from '../../src/catalogue';

const admin: Actor = { id: 'admin-0', name: 'Admin', roles: ['admin'] };
const seedService = (code: string): LetterService => {
  const service = catalogue(1).services.find((s) => s.code === code);
  if (!isLetterService(service)) throw new Error(code);
  return service;
};

async function openReadModels(store: InMemoryEventStore, dir: string, file: string) {
  const runner = new ProjectionRunner({
    store,
    filename: join(dir, file),
    projections: [catalogueProjection],
  });
  await runner.start();
  const context: CatalogueContext = {
    store,
    catalogue: new CatalogueReadModel(runner.db),
    waitFor: (position) => runner.waitFor(position),
    clock: () => new Date('2026-03-02T01:00:00.000Z'),
  };
  return { runner, context };
}

describe('read models: the published catalogue versions', () => {
  let dir: string;
  let store: InMemoryEventStore;
  let runner: ProjectionRunner;
  let context: CatalogueContext;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'satupintu-catalogue-'));
    store = new InMemoryEventStore();
    ({ runner, context } = await openReadModels(store, dir, 'read-models.sqlite'));
  });
  afterEach(async () => {
    await runner.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given no change yet, the latest version is the seed', () => {
    expect(context.catalogue.latestVersion()).toBe(1);
    expect(context.catalogue.at()).toEqual(catalogue(1));
    expect(context.catalogue.at(2)).toBeUndefined();
    expect(context.catalogue.history()).toEqual([
      { version: 1, publishedAt: null, publishedBy: null, reason: null, changes: [] },
    ]);
  });

  it('when an admin publishes a change, then it is a CataloguePublished event and the next version, with who, when, why and what changed', async () => {
    const published = await publishCatalogue(context, admin, {
      expectedVersion: 1,
      reason: ' Perbup 12/2026 ',
      changes: [{ action: 'update', service: { ...seedService('KP-REG'), slaWorkingDays: 10 } }],
    });
    expect(published.version).toBe(2);
    expect(context.catalogue.service('KP-REG')).toMatchObject({ slaWorkingDays: 10 });
    expect(context.catalogue.service('KP-REG', 1)).toMatchObject({ slaWorkingDays: 14 });

    const [event] = await store.readStream(CATALOGUE_STREAM);
    expect(event).toMatchObject({
      type: 'CataloguePublished',
      revision: 0,
      data: {
        version: 2,
        reason: 'Perbup 12/2026',
        changes: [{ action: 'update', service: { code: 'KP-REG', slaWorkingDays: 10 } }],
      },
      metadata: { actor: { id: 'admin-0', name: 'Admin' }, occurredAt: '2026-03-02T01:00:00.000Z' },
    });
    expect(context.catalogue.history()[1]).toEqual({
      version: 2,
      publishedAt: '2026-03-02T01:00:00.000Z',
      publishedBy: { id: 'admin-0', name: 'Admin' },
      reason: 'Perbup 12/2026',
      changes: [
        {
          code: 'KP-REG',
          action: 'update',
          fields: [{ field: 'slaWorkingDays', before: 14, after: 10 }],
        },
      ],
    });
  });

  it('when the change is made on a version that is no longer the latest, then it is refused as a conflict and nothing is stored', async () => {
    const change = { action: 'retire' as const, code: 'CLTN' };
    await publishCatalogue(context, admin, { expectedVersion: 1, reason: 'a', changes: [change] });
    await expect(
      publishCatalogue(context, admin, {
        expectedVersion: 1,
        reason: 'b',
        changes: [{ action: 'retire', code: 'KARIS' }],
      }),
    ).rejects.toThrow(CatalogueChangedError);
    expect(await store.readStream(CATALOGUE_STREAM)).toHaveLength(1);
  });

  it('when the change breaks a rule, or the reason is missing, then every problem is named and nothing is stored', async () => {
    const refusal = publishCatalogue(context, admin, {
      expectedVersion: 1,
      reason: ' ',
      changes: [],
    });
    await expect(refusal).rejects.toThrow(AdminInputError);
    await expect(refusal).rejects.toMatchObject({
      problems: [
        { field: 'reason', problem: 'say why, in up to 500 characters' },
        { field: 'changes', problem: 'change at least one service' },
      ],
    });
    await expect(
      publishCatalogue(context, admin, {
        expectedVersion: 1,
        reason: 'x',
        changes: [{ action: 'update', service: { ...seedService('KARIS'), slaWorkingDays: 0 } }],
      }),
    ).rejects.toMatchObject({ problems: [{ field: 'changes.0.service.slaWorkingDays' }] });
    expect(await store.readStream(CATALOGUE_STREAM)).toHaveLength(0);
  });

  it('a rebuild from the events (a fresh read-model file) gives the same versions and history', async () => {
    await publishCatalogue(context, admin, {
      expectedVersion: 1,
      reason: 'a',
      changes: [{ action: 'update', service: { ...seedService('KARIS'), slaWorkingDays: 5 } }],
    });
    await publishCatalogue(context, admin, {
      expectedVersion: 2,
      reason: 'b',
      changes: [{ action: 'retire', code: 'CLTN' }],
    });
    const rebuilt = await openReadModels(store, dir, 'rebuilt.sqlite');
    try {
      expect(rebuilt.context.catalogue.latestVersion()).toBe(3);
      for (const version of [1, 2, 3])
        expect(rebuilt.context.catalogue.at(version)).toEqual(context.catalogue.at(version));
      expect(rebuilt.context.catalogue.history()).toEqual(context.catalogue.history());
    } finally {
      await rebuilt.runner.close();
    }
  });

  it('ignores an event that skips a version (hand-written into the stream), rather than stall', async () => {
    await store.appendToStream(CATALOGUE_STREAM, [
      {
        id: 'e1',
        type: 'CataloguePublished',
        data: { version: 5, reason: 'x', changes: [] },
        metadata: {},
      },
    ]);
    await store.appendToStream(CATALOGUE_STREAM, [
      {
        id: 'e2',
        type: 'CataloguePublished',
        data: { version: 2, reason: 'x', changes: 'all' },
        metadata: {},
      },
    ]);
    await runner.waitFor((await store.readAll()).at(-1)!.position);
    expect(context.catalogue.latestVersion()).toBe(1);
  });
});
