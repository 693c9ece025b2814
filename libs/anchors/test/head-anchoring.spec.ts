import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { appendChained, verifyChain } from '@satupintu/engine';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { AnchorLedger, ANCHORS_FILE, HeadAnchoring } from '../src';

const decision = (type: string) => ({ id: randomUUID(), type, data: { at: randomUUID() }, metadata: {} });

describe('head anchoring: the anchor ledger kept beside the event store', () => {
  let dir: string;
  let store: SqliteEventStore;
  let ledger: AnchorLedger;
  let warnings: string[];
  let anchoring: HeadAnchoring;

  const anchoringOf = (intervalMs = 60_000) =>
    new HeadAnchoring({ store, ledger, intervalMs, onWarning: (message) => warnings.push(message) });

  /** Appends `count` chained events to a stream after its current end. */
  async function append(streamId: string, count: number): Promise<void> {
    const last = (await store.readStream(streamId, { direction: 'backwards', maxCount: 1 }))[0];
    let expected: number | 'no_stream' = last === undefined ? 'no_stream' : last.revision;
    for (let i = 0; i < count; i++) {
      const result = await appendChained(store, streamId, expected, [decision(`Step${i}`)]);
      expected = result.nextExpectedRevision;
    }
  }

  /** Someone with the disk: the events file edited behind the app's back. */
  function inEventsFile(sql: string, ...params: unknown[]): void {
    const db = new Database(join(dir, 'events.sqlite'));
    try {
      db.prepare(sql).run(...params);
    } finally {
      db.close();
    }
  }

  function inLedgerFile(sql: string, ...params: unknown[]): number {
    const db = new Database(join(dir, ANCHORS_FILE));
    try {
      return db.prepare(sql).run(...params).changes;
    } finally {
      db.close();
    }
  }

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'satupintu-anchors-'));
    store = new SqliteEventStore(join(dir, 'events.sqlite'));
    ledger = AnchorLedger.open(join(dir, ANCHORS_FILE));
    warnings = [];
    anchoring = anchoringOf();
  });

  afterEach(async () => {
    await anchoring.stop();
    ledger.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('given events in two streams, when it catches up, then each stream is anchored at its newest revision and hash, one row per stream', async () => {
    await append('account-a', 3);
    await append('calendar-2031', 2);
    const checkpoint = await anchoring.catchUp();

    const [headOfA] = await store.readStream('account-a', { direction: 'backwards', maxCount: 1 });
    expect(ledger.anchorsOf('account-a')).toEqual({ points: [{ revision: 2, hash: headOfA.metadata.hash }] });
    expect(ledger.anchorsOf('calendar-2031').points.map((p) => p.revision)).toEqual([1]);
    expect(checkpoint).toBe((await store.readAll()).at(-1)?.position);
    expect(ledger.verify()).toMatchObject({ intact: true, rows: 2 });
    expect(warnings).toEqual([]);
  });

  it('given a stream that grows between rounds, then every round adds its new head and the older points stay', async () => {
    await append('account-a', 2);
    await anchoring.catchUp();
    await append('account-a', 2);
    await anchoring.catchUp();
    expect(ledger.anchorsOf('account-a').points.map((p) => p.revision)).toEqual([1, 3]);
    expect(verifyChain(await store.readStream('account-a'), ledger.anchorsOf('account-a')).intact).toBe(true);
  });

  it('given more events than a page, then it anchors them all, page by page', async () => {
    anchoring = new HeadAnchoring({ store, ledger, pageSize: 4, intervalMs: 60_000 });
    await append('account-a', 5);
    await append('account-b', 6);
    await anchoring.catchUp();
    expect(ledger.headOf('account-a')?.revision).toBe(4);
    expect(ledger.headOf('account-b')?.revision).toBe(5);
  });

  it('when started, then it anchors on its own at every tick, and stop() anchors what came before it', async () => {
    anchoring = anchoringOf(10);
    await anchoring.start();
    await append('account-a', 2);
    await waitUntil(() => ledger.headOf('account-a')?.revision === 1);
    await append('account-a', 1);
    await anchoring.stop();
    expect(ledger.headOf('account-a')?.revision).toBe(2);
  });

  it('given the ledger reopened (a restart), then it goes on from its checkpoint without writing a row twice', async () => {
    await append('account-a', 2);
    await anchoring.catchUp();
    ledger.close();
    ledger = AnchorLedger.open(join(dir, ANCHORS_FILE));
    anchoring = anchoringOf();
    await append('account-a', 1);
    await anchoring.catchUp();
    expect(ledger.anchorsOf('account-a').points.map((p) => p.revision)).toEqual([1, 2]);
    expect(ledger.verify()).toMatchObject({ intact: true, rows: 2 });
  });

  it('when the newest event is deleted from the events file, then the stream no longer reaches its anchor', async () => {
    await append('account-a', 3);
    await anchoring.catchUp();
    inEventsFile("DELETE FROM events WHERE stream_id = 'account-a' AND revision = 2");
    const events = await store.readStream('account-a');
    expect(verifyChain(events).intact).toBe(true);
    expect(verifyChain(events, ledger.anchorsOf('account-a'))).toMatchObject({
      intact: false,
      brokenAt: 2,
      reason: 'events after revision 1 are missing: the anchor saw revision 2',
    });
  });

  it('given the newest event deleted and another appended in its place, then the anchor does not follow the forgery', async () => {
    await append('account-a', 3);
    await anchoring.catchUp();
    inEventsFile("DELETE FROM events WHERE stream_id = 'account-a' AND revision = 2");
    await append('account-a', 2);
    await anchoring.catchUp();

    expect(ledger.headOf('account-a')?.revision).toBe(2);
    // (SQLite hands the deleted event's position to its replacement, which the ledger has passed: the next one is the first it reads.)
    expect(warnings).toEqual([expect.stringMatching(/^account-a: the event at revision 3 .* does not continue the anchored revision 2/)]);
    expect(verifyChain(await store.readStream('account-a'), ledger.anchorsOf('account-a'))).toMatchObject({
      intact: false,
      brokenAt: 2,
    });
  });

  it('when the events at the end of the whole log are deleted, then the next start warns that the log was cut', async () => {
    await append('account-a', 3);
    await anchoring.catchUp();
    inEventsFile("DELETE FROM events WHERE stream_id = 'account-a' AND revision = 2");
    await anchoringOf().start();
    expect(warnings).toEqual([expect.stringContaining('no longer holds the event at position 3')]);
  });

  it('given a store that cannot be read when it starts, then it reports the failure and anchors at the next tick', async () => {
    await append('account-a', 1);
    const errors: unknown[] = [];
    let failuresLeft = 1;
    const flaky = Object.create(store) as SqliteEventStore;
    flaky.readAll = (options) =>
      failuresLeft-- > 0 ? Promise.reject(new Error('the store is not reachable')) : store.readAll(options);
    await anchoring.catchUp();
    anchoring = new HeadAnchoring({ store: flaky, ledger, intervalMs: 10, onError: (error) => errors.push(error) });
    await anchoring.start();
    expect(errors).toEqual([new Error('the store is not reachable')]);
    await append('account-a', 1);
    await waitUntil(() => ledger.headOf('account-a')?.revision === 1);
  });

  describe('events offered by whoever read them already (the projection runner on the same thread)', () => {
    /** The store, with every readAll's `after` written down. */
    function countingReads(): { store: SqliteEventStore; readsAfter: number[] } {
      const readsAfter: number[] = [];
      const counting = Object.create(store) as SqliteEventStore;
      counting.readAll = (options) => {
        readsAfter.push(options?.after ?? 0);
        return store.readAll(options);
      };
      return { store: counting, readsAfter };
    }

    it('given events offered that continue the checkpoint, when a round runs, then they are anchored without being read again', async () => {
      await append('account-a', 2);
      await append('account-b', 1);
      const events = await store.readAll();
      const reads = countingReads();
      anchoring = new HeadAnchoring({ store: reads.store, ledger, intervalMs: 60_000 });

      anchoring.offer(0, events);
      const checkpoint = await anchoring.catchUp();

      expect(ledger.headOf('account-a')?.revision).toBe(1);
      expect(ledger.headOf('account-b')?.revision).toBe(0);
      expect(checkpoint).toBe(events.at(-1)?.position);
      // One read, after the last offered event: only what was not offered is read.
      expect(reads.readsAfter).toEqual([events.at(-1)?.position]);
      expect(ledger.verify()).toMatchObject({ intact: true, rows: 2 });
    });

    it('given events appended after the last offered one, then the same round reads and anchors them too', async () => {
      await append('account-a', 2);
      const offered = await store.readAll();
      await append('account-a', 1);
      anchoring.offer(0, offered);
      await anchoring.catchUp();
      expect(ledger.headOf('account-a')?.revision).toBe(2);
      expect(ledger.verify()).toMatchObject({ intact: true, rows: 2 });
    });

    it('given an offer that leaves a gap after the checkpoint, then the round reads the store from the checkpoint and misses nothing', async () => {
      await append('account-a', 1);
      await append('account-b', 1);
      const [, second] = await store.readAll();
      const reads = countingReads();
      anchoring = new HeadAnchoring({ store: reads.store, ledger, intervalMs: 60_000 });

      anchoring.offer(second.position - 1, [second]);
      await anchoring.catchUp();

      expect(reads.readsAfter[0]).toBe(0);
      expect(ledger.headOf('account-a')?.revision).toBe(0);
      expect(ledger.headOf('account-b')?.revision).toBe(0);
    });

    it('given the same events offered again (a rebuild of the read models), then nothing is anchored twice', async () => {
      await append('account-a', 2);
      const events = await store.readAll();
      anchoring.offer(0, events);
      await anchoring.catchUp();
      anchoring.offer(0, events);
      await append('account-a', 1);
      anchoring.offer(0, await store.readAll());
      await anchoring.catchUp();
      expect(ledger.anchorsOf('account-a').points.map((p) => p.revision)).toEqual([1, 2]);
      expect(warnings).toEqual([]);
    });

    it('given more offered than it keeps, then it drops them and the round reads the store instead', async () => {
      await append('account-a', 3);
      const events = await store.readAll();
      const reads = countingReads();
      anchoring = new HeadAnchoring({ store: reads.store, ledger, intervalMs: 60_000, maxOffered: 2 });

      anchoring.offer(0, events);
      await anchoring.catchUp();

      expect(reads.readsAfter[0]).toBe(0);
      expect(ledger.headOf('account-a')?.revision).toBe(2);
    });

    it('given offered events over several pages, then each page is its own transaction and the ledger holds', async () => {
      anchoring = new HeadAnchoring({ store, ledger, intervalMs: 60_000, pageSize: 2 });
      await append('account-a', 3);
      await append('account-b', 2);
      anchoring.offer(0, await store.readAll());
      await anchoring.catchUp();
      // Pages [a0 a1] [a2 b0] [b1]: account-a moves in two of them, account-b in two.
      expect(ledger.anchorsOf('account-a').points.map((p) => p.revision)).toEqual([1, 2]);
      expect(ledger.anchorsOf('account-b').points.map((p) => p.revision)).toEqual([0, 1]);
      expect(ledger.verify()).toMatchObject({ intact: true, rows: 4 });
    });
  });

  it('given a ledger row edited by hand, then the stream’s anchors are worthless and the walk of the ledger names the row', async () => {
    await append('account-a', 2);
    await append('account-b', 2);
    await anchoring.catchUp();
    expect(inLedgerFile("UPDATE anchors SET revision = 7 WHERE stream_id = 'account-a'")).toBe(1);

    expect(ledger.anchorsOf('account-a')).toEqual({
      points: [],
      ledgerProblem: { revision: 7, problem: 'row 1 does not match its hash' },
    });
    expect(ledger.verify()).toMatchObject({ intact: false, brokenAtRow: 1, problem: 'row 1 does not match its hash' });
  });

  it('given a ledger row deleted by hand, then the walk of the ledger finds the hole', async () => {
    await append('account-a', 1);
    await anchoring.catchUp();
    await append('account-b', 1);
    await anchoring.catchUp();
    await append('account-c', 1);
    await anchoring.catchUp();
    inLedgerFile('DELETE FROM anchors WHERE seq = 2');
    expect(ledger.verify()).toMatchObject({ intact: false, brokenAtRow: 3, problem: 'row 2 is missing' });
    expect(ledger.anchorsOf('account-c').ledgerProblem).toEqual({ revision: 0, problem: 'row 2 is missing' });
  });

  it('opened read-only (the CLI beside a running app), then it reads the same anchors and refuses to write', async () => {
    await append('account-a', 2);
    await anchoring.catchUp();
    const reader = AnchorLedger.openReadOnly(join(dir, ANCHORS_FILE));
    try {
      expect(reader.anchorsOf('account-a')).toEqual(ledger.anchorsOf('account-a'));
      expect(() => reader.record([{ ...decision('X'), streamId: 'x', revision: 0, position: 99, metadata: {}, recordedAt: '' }])).toThrow(
        'read-only',
      );
    } finally {
      reader.close();
    }
  });
});

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
