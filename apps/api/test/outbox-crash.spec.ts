import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { caseForm } from './fixtures/cases';
import { startChildServer, type ChildServer } from './support/child-server';
import { FakeSmsGateway } from './support/fake-sms-gateway';

async function call(
  server: ChildServer,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = {
    status: response.status,
    body: (await response.json()) as Record<string, unknown>,
  };
  if (answer.status >= 300)
    throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
  return answer.body;
}

const login = async (server: ChildServer, username: string) =>
  (await call(server, 'POST', '/api/auth/login', undefined, { username, password: 'demo' }))
    .token as string;

/**
 * The outbox sends each message at least once and never twice: the SMS worker is killed (SIGKILL)
 * after the gateway took a message and before the worker recorded it; restarted, it sends the
 * message again with the same idempotency key (the id of the event it is about), so the gateway
 * delivers one message per event.
 */
describe('API: the SMS outbox across a crash of the worker between sending and marking', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-outbox-crash-'));
  let gateway: FakeSmsGateway;
  let server: ChildServer | undefined;
  beforeAll(async () => {
    gateway = await new FakeSmsGateway().start();
  });
  afterAll(async () => {
    await server?.kill('SIGKILL');
    await gateway.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers one message per event', async () => {
    // Three files returned while no SMS is sent yet (the worker off).
    server = await startChildServer(dataDir, { SATUPINTU_SMS_INTERVAL_MS: '0' });
    const desk = await login(server, 'front-office');
    const verifier = await login(server, 'verifier');
    for (let i = 0; i < 3; i++) {
      const { id } = (await call(server, 'POST', '/api/cases', desk, caseForm('KARIS'))) as {
        id: string;
      };
      await call(server, 'POST', `/api/cases/${id}/actions`, verifier, {
        type: 'return_incomplete',
        expectedRevision: 0,
        missingDocuments: ['AKTA_NIKAH'],
      });
    }
    await server.kill('SIGTERM');

    // With the gateway on, the worker sends the first message: the gateway takes it, and the worker dies before it can record that.
    const crashing = await startChildServer(dataDir, {
      SATUPINTU_SMS_GATEWAY_URL: gateway.url,
      SATUPINTU_SMS_INTERVAL_MS: '100',
    });
    server = crashing;
    let killed: Promise<void> | undefined;
    gateway.answerNext(() => {
      killed = crashing.kill('SIGKILL');
      return 200;
    });
    for (let waited = 0; killed === undefined && waited < 30_000; waited += 50) await sleep(50);
    await killed;
    expect(gateway.requests).toHaveLength(1);
    expect(gateway.delivered.size).toBe(1);

    // Restarted, the worker finds all three still unsent and sends them, the first for the second time.
    server = await startChildServer(dataDir, {
      SATUPINTU_SMS_GATEWAY_URL: gateway.url,
      SATUPINTU_SMS_INTERVAL_MS: '100',
    });
    for (let waited = 0; gateway.requests.length < 4 && waited < 30_000; waited += 50)
      await sleep(50);
    const supervisor = await login(server, 'supervisor');
    const cases = (
      (await call(server, 'GET', '/api/cases?state=returned', supervisor)).items as { id: string }[]
    ).map((c) => c.id);
    const statuses = async () =>
      Promise.all(
        cases.map(async (id) => {
          const history = (await call(
            server!,
            'GET',
            `/api/cases/${id}/history`,
            supervisor,
          )) as unknown as {
            notifications?: { status: string; attempts: number }[];
          }[];
          return history[1].notifications;
        }),
      );
    for (
      let waited = 0;
      (await statuses()).some((n) => n?.[0]?.status !== 'sent') && waited < 10_000;
      waited += 100
    )
      await sleep(100);
    await server.kill('SIGTERM');
    server = undefined;

    const store = new SqliteEventStore(join(dataDir, 'events.sqlite'));
    const events = await store.readAll();
    await store.close();
    const returnEvents = events.filter((e) => e.type === 'FileReturned').map((e) => e.id);
    const keys = gateway.requests.map((r) => r.idempotencyKey);

    expect(returnEvents).toHaveLength(3);
    // At least once: four requests for three messages, the first message twice, under one key.
    expect(keys).toHaveLength(4);
    expect(keys.filter((key) => key === keys[0])).toHaveLength(2);
    expect(new Set(keys)).toEqual(new Set(returnEvents));
    // Never twice: one message delivered per event, and one outcome recorded per message.
    expect([...gateway.delivered.keys()].sort()).toEqual([...returnEvents].sort());
    expect(
      events
        .filter((e) => e.type === 'NotificationSent')
        .map((e) => (e.data as { sourceEventId: string }).sourceEventId)
        .sort(),
    ).toEqual([...returnEvents].sort());
  }, 180_000);
});
