import { setTimeout as sleep } from 'node:timers/promises';
import { WorkflowEngine, WorkflowRegistry } from '@satupintu/engine';
import { ptspWorkflows } from '@satupintu/ptsp';
import { CaseChangeHub } from '../src/events/case-change-hub';
import { Desk } from './fixtures/cases';
import { openSse } from './fixtures/sse';
import { startTestApp, type TestApp } from './fixtures/test-app';
import { openStoreOf } from './support/store-under-test';

describe('API: GET /api/events (server-sent events)', () => {
  let t: TestApp;
  let desk: Desk;
  beforeAll(async () => {
    t = await startTestApp();
    desk = new Desk(t);
  });
  afterAll(() => t.close());

  const hubSize = () => t.app.get(CaseChangeHub).size;

  it('needs a login', async () => {
    const answer = await t.request('GET', '/api/events');
    expect(answer.status).toBe(401);
  });

  it('sends a message per case change once the read models show it; the listener goes when the client does', async () => {
    const sse = await openSse(`${t.url}/api/events`, await desk.token('supervisor'));
    try {
      expect(sse.status).toBe(200);
      expect(sse.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
      await sse.waitFor(/: connected\n\n/);
      expect(hubSize()).toBe(1);

      const { id } = await desk.receive();
      const [, received] = await sse.waitFor(/id: \d+\nevent: case\ndata: (.+)\n\n/);
      expect(JSON.parse(received)).toEqual({
        caseId: id,
        kind: 'berkas',
        revision: 0,
        type: 'FileReceived',
        state: 'verification',
        at: expect.any(String),
        position: expect.any(Number),
      });
      await desk.must('verifier', id, 'verify_complete');
      const [, verified] = await sse.waitFor(
        /event: case\ndata: (\{[^\n]*"revision":1[^\n]*\})\n\n/,
      );
      expect(JSON.parse(verified)).toMatchObject({ caseId: id, state: 'disposition', revision: 1 });
      expect(sse.text()).not.toContain('Ahmad');
    } finally {
      sse.close();
    }
    for (let i = 0; i < 100 && hubSize() > 0; i++) await sleep(20);
    expect(hubSize()).toBe(0);
  });

  it('carries changes made by another process on the same data', async () => {
    const sse = await openSse(`${t.url}/api/events`, await desk.token('auditor'));
    const { id } = await desk.receive();
    await sse.waitFor(/"revision":0/);
    const store = await openStoreOf(t.dataDir);
    try {
      const engine = new WorkflowEngine({ store, registry: new WorkflowRegistry(ptspWorkflows) });
      await engine.handle(
        id,
        { id: 'elsewhere-1', type: 'verify_complete' },
        { id: 'cli', name: 'Operator', roles: ['verifier'] },
      );
      const [, message] = await sse.waitFor(
        /event: case\ndata: (\{[^\n]*"revision":1[^\n]*\})\n\n/,
      );
      expect(JSON.parse(message)).toMatchObject({ caseId: id, state: 'disposition' });
      // Sent once the read models show it.
      expect((await desk.get(id)).body.revision).toBe(1);
    } finally {
      sse.close();
      await store.close();
    }
  });
});
