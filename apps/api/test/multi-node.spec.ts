import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnEsdbServer, type EsdbServerProcess } from '@satupintu/esdb-server';
import { caseForm } from './fixtures/cases';
import { openSse } from './fixtures/sse';
import { startChildServer, type ChildServer } from './support/child-server';

interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- whatever the node answered; the specs check it
  body: any;
}

/** An API node spoken to over HTTP, logged in as the demo accounts it is asked for. */
class Node {
  private readonly tokens = new Map<string, string>();
  constructor(readonly server: ChildServer) {}

  async token(username: string): Promise<string> {
    const known = this.tokens.get(username);
    if (known) return known;
    const answer = await this.call('POST', '/api/auth/login', {
      body: { username, password: 'demo' },
    });
    if (answer.status !== 200) throw new Error(`login ${username}: ${answer.status}`);
    this.tokens.set(username, answer.body.token);
    return answer.body.token;
  }

  async call(
    method: string,
    path: string,
    options: { by?: string; body?: unknown } = {},
  ): Promise<Reply> {
    const headers: Record<string, string> = {};
    if (options.by) headers.authorization = `Bearer ${await this.token(options.by)}`;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${this.server.url}${path}`, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
    const text = await response.text();
    return {
      status: response.status,
      body:
        text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
    };
  }

  receive(): Promise<Reply> {
    return this.call('POST', '/api/cases', { by: 'front-office', body: caseForm('KP-REG') });
  }
}

/** Polls until `ready` holds; returns how long it took. */
async function within(
  ready: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<number> {
  const started = Date.now();
  while (!(await ready())) {
    if (Date.now() - started > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

/**
 * Several API nodes on one EventStoreDB (here the compatible server, in a process of its own),
 * each with its own read models in its own data folder, as docker/ runs them behind a proxy.
 */
describe('API: two nodes on one EventStoreDB', () => {
  const root = mkdtempSync(join(tmpdir(), 'satupintu-nodes-'));
  let esdb: EsdbServerProcess;
  let a: Node;
  let b: Node;
  const started: ChildServer[] = [];

  beforeAll(async () => {
    esdb = await spawnEsdbServer({ file: join(root, 'esdb.sqlite') });
    // One signing secret for every node: a token from one node is good on the others.
    const env = {
      SATUPINTU_STORE: 'esdb',
      SATUPINTU_ESDB_URL: esdb.connectionString,
      SATUPINTU_SECRET: 'one-secret-for-every-node',
    };
    // One after the other: the first node creates the demo accounts, the second finds them.
    a = new Node(await startChildServer(join(root, 'node-a'), env));
    started.push(a.server);
    b = new Node(await startChildServer(join(root, 'node-b'), env));
    started.push(b.server);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(started.map((server) => server.kill('SIGKILL')));
    await esdb?.kill('SIGKILL');
    rmSync(root, { recursive: true, force: true });
  });

  it('given a file received on node A, then node B shows it within a second (its live updates say so), and an action on B shows on A', async () => {
    // Each node pushes `event: case` once its own read models show a change.
    const liveOnA = await openSse(`${a.server.url}/api/events`, await a.token('auditor'));
    const liveOnB = await openSse(`${b.server.url}/api/events`, await b.token('auditor'));
    try {
      const receipt = await a.receive();
      const acknowledged = Date.now();
      expect(receipt.status).toBe(201);
      const id: string = receipt.body.id;
      const [, received] = await liveOnB.waitFor(
        new RegExp(`data: (\\{[^\\n]*"${id}"[^\\n]*"revision":0[^\\n]*\\})`),
        5_000,
      );
      expect(Date.now() - acknowledged).toBeLessThan(1_000);
      expect(JSON.parse(received)).toMatchObject({ caseId: id, state: 'verification' });
      expect((await b.call('GET', `/api/cases/${id}`, { by: 'auditor' })).body).toMatchObject({
        id,
        revision: 0,
      });

      const verified = await b.call('POST', `/api/cases/${id}/actions`, {
        by: 'verifier',
        body: { type: 'verify_complete', expectedRevision: 0 },
      });
      const verifiedAt = Date.now();
      expect(verified.status).toBe(200);
      await liveOnA.waitFor(new RegExp(`data: \\{[^\\n]*"${id}"[^\\n]*"revision":1`), 5_000);
      expect(Date.now() - verifiedAt).toBeLessThan(1_000);
      expect((await a.call('GET', `/api/cases/${id}`, { by: 'auditor' })).body).toMatchObject({
        revision: 1,
        state: 'disposition',
      });
    } finally {
      liveOnA.close();
      liveOnB.close();
    }
  }, 60_000);

  it('given the same command sent through both nodes at once, then exactly one wins and the other gets 409, every time', async () => {
    for (let round = 0; round < 5; round += 1) {
      const { body } = await a.receive();
      await within(
        async () =>
          (await b.call('GET', `/api/cases/${body.id}`, { by: 'auditor' })).status === 200,
        5_000,
        'the file on node B',
      );
      const act = (node: Node) =>
        node.call('POST', `/api/cases/${body.id}/actions`, {
          by: 'verifier',
          body: { type: 'verify_complete', expectedRevision: 0 },
        });
      const answers = await Promise.all([act(a), act(b)]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
      const history = await a.call('GET', `/api/cases/${body.id}/history`, { by: 'auditor' });
      expect(history.body.map((step: { type: string }) => step.type)).toEqual([
        'FileReceived',
        'FileVerified',
      ]);
    }
  }, 60_000);

  it('given node A killed (SIGKILL) while it takes commands, then every command it acknowledged is on node B, and B goes on', async () => {
    const acknowledged: string[] = [];
    let killed = false;
    const worker = async () => {
      while (!killed) {
        const answer = await a.receive().catch(() => undefined);
        if (answer?.status === 201) acknowledged.push(answer.body.id);
      }
    };
    const workers = Array.from({ length: 4 }, worker);
    await within(async () => acknowledged.length >= 40, 60_000, '40 files received on node A');
    killed = true;
    await a.server.kill('SIGKILL');
    await Promise.all(workers);

    for (const id of acknowledged) {
      await within(
        async () => (await b.call('GET', `/api/cases/${id}`, { by: 'auditor' })).status === 200,
        5_000,
        `file ${id} on node B`,
      );
    }
    const after = await b.receive();
    expect(after.status).toBe(201);
  }, 120_000);
});
