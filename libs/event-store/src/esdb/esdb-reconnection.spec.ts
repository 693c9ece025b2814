import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  spawnEsdbServer,
  startEsdbServer,
  type EsdbServer,
  type EsdbServerProcess,
} from '@satupintu/esdb-server';
import { EsdbEventStore } from '@satupintu/event-store/esdb';
import type { AllSubscription, NewEvent, RecordedEvent } from '../port';
import { take } from '../testing/fixtures';

const anEvent = (n: number): NewEvent => ({ id: randomUUID(), type: 'Counted', data: { n } });
const FAST_BACKOFF = { initialDelayMs: 50, maxDelayMs: 250 };

async function appendEach(
  store: EsdbEventStore,
  streamId: string,
  from: number,
  count: number,
): Promise<void> {
  for (let n = from; n < from + count; n += 1) await store.appendToStream(streamId, [anEvent(n)]);
}

const numbers = (events: RecordedEvent[]): number[] =>
  events.map((event) => (event.data as { n: number }).n);

/** A server that can go away and come back on the same file and port. */
interface Restartable {
  connectionString: string;
  goAway(): Promise<void>;
  comeBack(): Promise<void>;
  close(): Promise<void>;
}

async function inProcessServer(file: string): Promise<Restartable> {
  let server: EsdbServer | undefined = await startEsdbServer({ file, port: 0 });
  const port = server.port;
  return {
    connectionString: server.connectionString,
    goAway: async () => {
      await server?.close();
      server = undefined;
    },
    comeBack: async () => {
      server = await startEsdbServer({ file, port });
    },
    close: async () => server?.close(),
  };
}

async function serverProcess(file: string): Promise<Restartable> {
  let server: EsdbServerProcess = await spawnEsdbServer({ file });
  const port = server.port;
  return {
    connectionString: server.connectionString,
    goAway: () => server.kill('SIGKILL'),
    comeBack: async () => {
      server = await spawnEsdbServer({ file, port });
    },
    close: () => server.kill('SIGKILL'),
  };
}

describe.each([
  ['closed and restarted in process', inProcessServer],
  ['SIGKILLed and started again as a process', serverProcess],
])('EsdbEventStore when the server is %s', (_, startServer) => {
  let dir: string;
  let server: Restartable;
  let store: EsdbEventStore;
  let lost: unknown[];
  let subscriptions: AllSubscription[];
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'esdb-reconnect-'));
    server = await startServer(join(dir, 'log.sqlite'));
    lost = [];
    subscriptions = [];
    store = EsdbEventStore.connect(server.connectionString, {
      reconnectBackoff: FAST_BACKOFF,
      onSubscriptionConnectionLost: (error) => lost.push(error),
    });
  });
  afterEach(async () => {
    await Promise.all(subscriptions.map((subscription) => subscription.stop()));
    await store.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const subscribe: EsdbEventStore['subscribeToAll'] = (options) => {
    const subscription = store.subscribeToAll(options);
    subscriptions.push(subscription);
    return subscription;
  };

  it('given a subscription part-way through history, when the server goes away and comes back, then it resumes from its checkpoint: every event once, in order', async () => {
    const streamId = `counted-${randomUUID()}`;
    // More history than the subscription buffers ahead of its consumer: the connection is lost mid-history.
    for (let batch = 0; batch < 12; batch += 1)
      await store.appendToStream(
        streamId,
        Array.from({ length: 50 }, (_, n) => anEvent(batch * 50 + n)),
      );
    let caughtUp = 0;
    const subscription = subscribe({
      streamPrefixes: ['counted-'],
      onCaughtUp: () => (caughtUp += 1),
    });
    const received = await take(subscription, 15);

    await server.goAway();
    await server.comeBack();
    // Appends go through again once the client has reconnected (the first may meet the dead connection).
    await retry(() => store.appendToStream(streamId, [anEvent(600)]));
    await appendEach(store, streamId, 601, 9);
    received.push(...(await take(subscription, 595, 20_000)));

    expect(numbers(received)).toEqual(Array.from({ length: 610 }, (_, n) => n));
    expect(received.map((event) => event.revision)).toEqual(
      Array.from({ length: 610 }, (_, n) => n),
    );
    expect(caughtUp).toBe(1);
    expect(lost.length).toBeGreaterThanOrEqual(1);
  }, 60_000);

  it('given a live subscription with a narrow filter, when the server goes away twice, then events from before, between and after all arrive exactly once', async () => {
    const prefix = `narrow${randomUUID().replace(/-/g, '')}-`;
    const noise = `noise-${randomUUID()}`;
    const subscription = subscribe({ after: 'end', streamPrefixes: [prefix] });
    await appendEach(store, noise, 0, 50);
    await appendEach(store, `${prefix}a`, 0, 3);
    const received = await take(subscription, 3);
    for (const round of [1, 2]) {
      await server.goAway();
      await server.comeBack();
      await retry(() => store.appendToStream(noise, [anEvent(-1)]));
      await appendEach(store, `${prefix}a`, round * 3, 3);
      received.push(...(await take(subscription, 3, 15_000)));
    }
    expect(numbers(received)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  }, 60_000);

  it('given the server is away, when appending, then the append fails; when it is back, appends and reads work again', async () => {
    const streamId = `s-${randomUUID()}`;
    await store.appendToStream(streamId, [anEvent(0)]);
    await server.goAway();
    await expect(store.appendToStream(streamId, [anEvent(1)])).rejects.toThrow();
    await server.comeBack();
    await retry(() => store.appendToStream(streamId, [anEvent(1)], { expectedRevision: 0 }));
    expect(numbers(await store.readStream(streamId))).toEqual([0, 1]);
  }, 60_000);
});

/** Retries an operation that may meet a connection the server closed, until it succeeds. */
async function retry<T>(operation: () => Promise<T>, attempts = 50): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
