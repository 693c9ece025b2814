import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkflowEngine, WorkflowRegistry } from '@satupintu/engine';
import type { JsonObject, RecordedEvent } from '@satupintu/event-store';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { demoClock, seedDemoCases, simpleDemoActors } from '@satupintu/demo';
import { ptspWorkflows } from '@satupintu/ptsp';

export const NOW = new Date('2026-03-20T04:00:00.000Z');
export const ADMIN = { id: 'u-admin', name: 'Admin BKD', roles: ['admin'] };
export const SECRET_HASH = 'scrypt$16384$8$1$c2FsdA$SECRET-HASH-THAT-MUST-NOT-LEAK';

export interface DemoLog {
  dir: string;
  store: SqliteEventStore;
  events: RecordedEvent[];
  remove(): Promise<void>;
}

function adminEvent(type: string, data: JsonObject, occurredAt: string) {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: { actor: ADMIN, occurredAt, commandId: randomUUID() },
  };
}

/**
 * A realistic log on a real SQLite store: demo files and consultations driven through the engine
 * over past weeks (every state, returns, Plh initials, letters numbered and handed over), and admin
 * actions: an account created (with a password hash that must never be exported), its roles
 * changed, a delegation granted and revoked, a holiday calendar.
 */
export async function demoLog(count = 24): Promise<DemoLog> {
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-exports-'));
  const store = new SqliteEventStore(join(dir, 'events.sqlite'));
  const clock = demoClock(() => NOW);
  const engine = new WorkflowEngine({
    store,
    registry: new WorkflowRegistry(ptspWorkflows),
    clock: () => clock.now(),
  });
  await seedDemoCases(engine, simpleDemoActors, { count, clock, now: NOW });
  await store.appendToStream('account-u-new', [
    adminEvent(
      'UserCreated',
      { username: 'siti', name: 'Siti Rahma', roles: ['verifier'], passwordHash: SECRET_HASH },
      '2026-02-02T01:00:00.000Z',
    ),
    adminEvent(
      'UserRolesChanged',
      { roles: ['verifier', 'front_office'] },
      '2026-02-03T01:00:00.000Z',
    ),
  ]);
  await store.appendToStream('delegation-d1', [
    adminEvent(
      'DelegationGranted',
      {
        fromUserId: 'u-kasubbid',
        toUserId: 'u-new',
        startsAt: '2026-02-04T00:00:00.000Z',
        endsAt: '2026-02-06T00:00:00.000Z',
      },
      '2026-02-03T02:00:00.000Z',
    ),
    adminEvent('DelegationRevoked', {}, '2026-02-05T02:00:00.000Z'),
  ]);
  await store.appendToStream('calendar-2026', [
    adminEvent(
      'HolidaysSet',
      { year: 2026, days: [{ date: '2026-03-19', name: 'Hari Suci Nyepi' }] },
      '2026-01-05T01:00:00.000Z',
    ),
  ]);
  const events = await store.readAll();
  return {
    dir,
    store,
    events,
    async remove() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Everything an export wrote, as one string. */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

export const isCaseEvent = (event: RecordedEvent) => /^(berkas|konsultasi)-/.test(event.streamId);
