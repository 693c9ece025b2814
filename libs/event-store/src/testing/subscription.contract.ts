import type { AllSubscription, EventStore, RecordedEvent } from '../port';
import type { CurrentStore } from './contract-context';
import { aNewEvent, checkpointNow, idsOf, newEvents, take, uniquePrefix, withTimeout } from './fixtures';

/** Appends `count` events, spread round-robin over the given streams, one append each. */
async function appendSpread(store: EventStore, streamIds: string[], count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const event = aNewEvent({ data: { n } });
    await store.appendToStream(streamIds[n % streamIds.length], [event]);
    ids.push(event.id);
  }
  return ids;
}

export function subscriptionContract(currentStore: CurrentStore): void {
  describe('subscribeToAll', () => {
    let subscriptions: AllSubscription[];
    let prefix: string;
    beforeEach(() => {
      subscriptions = [];
      prefix = uniquePrefix();
    });
    afterEach(async () => {
      await Promise.all(subscriptions.map((subscription) => subscription.stop()));
    });
    const subscribe: EventStore['subscribeToAll'] = (options) => {
      const subscription = currentStore().subscribeToAll(options);
      subscriptions.push(subscription);
      return subscription;
    };

    it('given history after a checkpoint, when subscribing from it, then history comes in global order, then live events', async () => {
      const checkpoint = await checkpointNow(currentStore());
      const history = await appendSpread(currentStore(), [`${prefix}a`, `${prefix}b`], 4);
      const subscription = subscribe({ after: checkpoint, streamPrefixes: [prefix] });

      expect(idsOf(await take(subscription, 4))).toEqual(history);
      const live = await appendSpread(currentStore(), [`${prefix}b`], 2);
      expect(idsOf(await take(subscription, 2))).toEqual(live);
    });

    it('given three events, when subscribing after the position of the first, then the second and third come (after is exclusive)', async () => {
      const streamId = `${prefix}s`;
      await currentStore().appendToStream(streamId, newEvents(3));
      const [first, ...rest] = await currentStore().readStream(streamId);
      const subscription = subscribe({ after: first.position });
      expect(idsOf(await take(subscription, 2))).toEqual(idsOf(rest));
    });

    it('given no checkpoint, when subscribing, then delivery starts at the beginning of the log', async () => {
      const history = await appendSpread(currentStore(), [`${prefix}s`], 3);
      const subscription = subscribe({ streamPrefixes: [prefix] });
      expect(idsOf(await take(subscription, 3))).toEqual(history);
    });

    it("given history, when subscribing with after 'end', then only events appended afterwards come", async () => {
      await appendSpread(currentStore(), [`${prefix}s`], 3);
      const subscription = subscribe({ after: 'end', streamPrefixes: [prefix] });
      const live = await appendSpread(currentStore(), [`${prefix}s`], 2);
      expect(idsOf(await take(subscription, 2))).toEqual(live);
    });

    it('given appends while the subscription is catching up and after it went live, then every event comes exactly once, in global order', async () => {
      const streams = [`${prefix}a`, `${prefix}b`, `${prefix}c`];
      const checkpoint = await checkpointNow(currentStore());
      await appendSpread(currentStore(), streams, 30);
      let caughtUp = 0;
      const subscription = subscribe({ after: checkpoint, streamPrefixes: [prefix], onCaughtUp: () => (caughtUp += 1) });

      const received = await take(subscription, 10);
      await appendSpread(currentStore(), streams, 10); // lands while 20 historical events are still undelivered
      received.push(...(await take(subscription, 25)));
      // Concurrent appends racing the switch from catch-up to live.
      const racing = Promise.all(Array.from({ length: 20 }, (_, n) => currentStore().appendToStream(streams[n % 3], [aNewEvent()])));
      received.push(...(await take(subscription, 25)));
      await racing;
      const afterLive = await appendSpread(currentStore(), streams, 5);
      received.push(...(await take(subscription, 5)));

      const log = await currentStore().readAll({ after: checkpoint });
      expect(idsOf(received)).toEqual(idsOf(log));
      expect(new Set(idsOf(received)).size).toBe(65);
      expect(idsOf(received.slice(-5))).toEqual(afterLive);
      expect(caughtUp).toBe(1);
    });

    it('given a writer appending continuously, when a slow consumer follows, then it sees every event once and in order', async () => {
      const streams = [`${prefix}a`, `${prefix}b`];
      const checkpoint = await checkpointNow(currentStore());
      await appendSpread(currentStore(), streams, 20);
      const subscription = subscribe({ after: checkpoint, streamPrefixes: [prefix] });

      const writer = appendSpread(currentStore(), streams, 60);
      const received: RecordedEvent[] = [];
      for (let n = 0; n < 8; n += 1) {
        received.push(...(await take(subscription, 10)));
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await writer;
      expect(idsOf(received)).toEqual(idsOf(await currentStore().readAll({ after: checkpoint })));
    });

    it('given more history than one read fetches (600 events), when subscribing, then all come in order', async () => {
      const streamId = `${prefix}big`;
      for (let n = 0; n < 12; n += 1) await currentStore().appendToStream(streamId, newEvents(50));
      const subscription = subscribe({ streamPrefixes: [prefix] });
      const received = await take(subscription, 600, 15_000);
      expect(received.map((event) => event.revision)).toEqual(Array.from({ length: 600 }, (_, n) => n));
    });

    describe('given streamPrefixes', () => {
      it('when history and live events of other streams exist, then only streams with a listed prefix come, in global order', async () => {
        const other = uniquePrefix();
        const [wantedA, wantedB, unwanted] = [`${prefix}orders-1`, `${other}invoices-1`, `x${prefix}orders-2`];
        const history = [];
        for (const streamId of [wantedA, unwanted, wantedB, unwanted, wantedA]) {
          const event = aNewEvent();
          await currentStore().appendToStream(streamId, [event]);
          if (streamId !== unwanted) history.push(event.id);
        }
        const subscription = subscribe({ streamPrefixes: [prefix, other] });
        expect(idsOf(await take(subscription, 3))).toEqual(history);

        await currentStore().appendToStream(unwanted, newEvents(3));
        const liveWanted = aNewEvent();
        await currentStore().appendToStream(wantedB, [liveWanted]);
        const [next] = await take(subscription, 1);
        expect(next.id).toBe(liveWanted.id);
      });
    });

    describe('onCaughtUp', () => {
      it('given five historical events, when they have been delivered and the consumer asks for more, then it is called once, before any live event', async () => {
        const timeline: string[] = [];
        const history = await appendSpread(currentStore(), [`${prefix}s`], 5);
        const subscription = subscribe({ streamPrefixes: [prefix], onCaughtUp: () => timeline.push('caught-up') });

        for (const event of await take(subscription, 5)) timeline.push(event.id);
        const live = await appendSpread(currentStore(), [`${prefix}s`], 2);
        for (const event of await take(subscription, 2)) timeline.push(event.id);

        expect(timeline).toEqual([...history, 'caught-up', ...live]);
      });

      it("given after 'end' (no history to deliver), when the first live event comes, then onCaughtUp was called before it", async () => {
        const timeline: string[] = [];
        const subscription = subscribe({ after: 'end', streamPrefixes: [prefix], onCaughtUp: () => timeline.push('caught-up') });
        const pending = take(subscription, 1);
        const [live] = await appendSpread(currentStore(), [`${prefix}s`], 1);
        timeline.push(...idsOf(await pending));
        expect(timeline).toEqual(['caught-up', live]);
      });
    });

    describe('stop()', () => {
      it('given a consumer waiting for a live event, when stop() is called, then its pending next() ends with done', async () => {
        const subscription = subscribe({ after: 'end', streamPrefixes: [prefix] });
        const pending = subscription[Symbol.asyncIterator]().next();
        await subscription.stop();
        await expect(withTimeout(pending, 2000, () => 'pending next() did not end after stop()')).resolves.toEqual({ done: true, value: undefined });
      });

      it('given a stopped subscription, when events are appended, then none is delivered', async () => {
        await appendSpread(currentStore(), [`${prefix}s`], 2);
        const subscription = subscribe({ streamPrefixes: [prefix] });
        await take(subscription, 1);
        await subscription.stop();
        await appendSpread(currentStore(), [`${prefix}s`], 2);
        expect(await subscription[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
      });

      it('given a for-await loop, when the consumer breaks out of it, then the subscription ends', async () => {
        await appendSpread(currentStore(), [`${prefix}s`], 3);
        const subscription = subscribe({ streamPrefixes: [prefix] });
        const seen: RecordedEvent[] = [];
        for await (const event of subscription) {
          seen.push(event);
          if (seen.length === 2) break;
        }
        expect(seen).toHaveLength(2);
        expect(await subscription[Symbol.asyncIterator]().next()).toEqual({ done: true, value: undefined });
      });
    });
  });
}
