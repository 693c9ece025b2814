import {
  END,
  eventTypeFilter,
  jsonEvent,
  START,
  streamNameFilter,
  type Filter,
} from '@eventstore/db-client';
import { anEvent, events, uniqueStream } from './support/events';
import { startServerUnderTest, type ServerUnderTest } from './support/server-under-test';
import { SubscriptionProbe } from './support/subscription-probe';

describe('subscriptions', () => {
  let t: ServerUnderTest;
  let probes: SubscriptionProbe[];
  beforeAll(async () => {
    t = await startServerUnderTest();
  });
  afterAll(() => t.close());
  beforeEach(() => {
    probes = [];
  });
  afterEach(async () => {
    await Promise.all(probes.map((probe) => probe.stop()));
  });
  const probe = <T extends ConstructorParameters<typeof SubscriptionProbe>[0]>(
    subscription: T,
  ): SubscriptionProbe => {
    const made = new SubscriptionProbe(subscription);
    probes.push(made);
    return made;
  };
  const typed = (type: string) => jsonEvent({ type, data: {} });

  describe('to a stream', () => {
    it('given history, when subscribing from the start, then: confirmation, the history, caught-up, then live events', async () => {
      const stream = uniqueStream();
      await t.client.appendToStream(stream, [typed('H1'), typed('H2')]);
      const subscription = probe(t.client.subscribeToStream(stream, { fromRevision: START }));
      await subscription.waitForCaughtUp();
      await t.client.appendToStream(stream, typed('L1'));
      await subscription.waitForEvents(3);
      expect(subscription.labels()).toEqual(['confirmation', 'H1', 'H2', 'caughtUp', 'L1']);
    });

    it('given revisions 0 to 2, when subscribing from revision 0, then revisions 1 and 2 come (exclusive)', async () => {
      const stream = uniqueStream();
      await t.client.appendToStream(stream, events(3));
      const subscription = probe(t.client.subscribeToStream(stream, { fromRevision: 0n }));
      await subscription.waitForEvents(2);
      expect(subscription.events.map((each) => each.event!.revision)).toEqual([1n, 2n]);
    });

    it('given history, when subscribing from the end, then only new events come', async () => {
      const stream = uniqueStream();
      await t.client.appendToStream(stream, [typed('Old')]);
      const subscription = probe(t.client.subscribeToStream(stream, { fromRevision: END }));
      await subscription.waitForCaughtUp();
      await t.client.appendToStream(stream, [typed('New')]);
      await subscription.waitForEvents(1);
      expect(subscription.labels()).toEqual(['confirmation', 'caughtUp', 'New']);
    });

    it('given a stream that does not exist yet, when subscribing, then it waits, caught up, for the first event', async () => {
      const stream = uniqueStream();
      const subscription = probe(t.client.subscribeToStream(stream));
      await subscription.waitForCaughtUp();
      await t.client.appendToStream(stream, [typed('First')]);
      await subscription.waitForEvents(1);
      expect(subscription.labels()).toEqual(['confirmation', 'caughtUp', 'First']);
    });
  });

  describe('to $all', () => {
    it('given a checkpoint position, when subscribing from it, then the events after it come, then live ones, each once and in order', async () => {
      const stream = uniqueStream();
      const { position } = await t.client.appendToStream(uniqueStream('marker'), anEvent());
      await t.client.appendToStream(stream, [typed('A'), typed('B')]);
      const subscription = probe(t.client.subscribeToAll({ fromPosition: position! }));
      await subscription.waitForCaughtUp();
      await t.client.appendToStream(stream, [typed('C')]);
      await subscription.waitForEvents(3);
      expect(subscription.labels()).toEqual(['confirmation', 'A', 'B', 'caughtUp', 'C']);
    });

    it('given a writer appending while the subscription catches up, then every event comes exactly once, in commit order', async () => {
      const stream = uniqueStream();
      const { position } = await t.client.appendToStream(uniqueStream('marker'), anEvent());
      await t.client.appendToStream(stream, events(300));
      const subscription = probe(t.client.subscribeToAll({ fromPosition: position! }));
      const writer = (async () => {
        for (let n = 0; n < 20; n += 1) await t.client.appendToStream(stream, events(10));
      })();
      await writer;
      await subscription.waitForEvents(500, 15_000);
      expect(subscription.events.map((each) => each.event!.revision)).toEqual(
        Array.from({ length: 500 }, (_, n) => BigInt(n)),
      );
    });

    it('given history, when subscribing from the end, then only events appended afterwards come', async () => {
      const stream = uniqueStream();
      await t.client.appendToStream(stream, [typed('Old')]);
      const subscription = probe(
        t.client.subscribeToAll({
          fromPosition: END,
          filter: streamNameFilter({ prefixes: [stream] }),
        }),
      );
      await subscription.waitForCaughtUp();
      await t.client.appendToStream(stream, [typed('New')]);
      await subscription.waitForEvents(1);
      expect(subscription.events.map((each) => each.event!.type)).toEqual(['New']);
    });
  });

  describe('to $all with a server-side filter', () => {
    // Each spec writes to streams and types of its own, and subscribes from a marker, so earlier specs' events do not interfere.
    let tag: string;
    let from: Awaited<ReturnType<ServerUnderTest['client']['appendToStream']>>['position'];
    beforeEach(async () => {
      tag = uniqueStream('tag').replace(/-/g, '');
      from = (await t.client.appendToStream(uniqueStream('marker'), anEvent())).position;
    });

    const cases: Array<
      [string, (tag: string) => Filter, Array<[stream: string, type: string]>, string[]]
    > = [
      [
        'stream-name prefixes',
        (tag) => streamNameFilter({ prefixes: [`${tag}orders-`, `${tag}invoices-`] }),
        [
          ['orders-1', 'Placed'],
          ['other-1', 'Other'],
          ['invoices-1', 'Issued'],
        ],
        ['Placed', 'Issued'],
      ],
      [
        'a stream-name regex',
        (tag) => streamNameFilter({ regex: `^${tag}(orders|invoices)-\\d+$` }),
        [
          ['orders-7', 'Placed'],
          ['orders-x', 'Wrong'],
          ['invoices-2', 'Issued'],
        ],
        ['Placed', 'Issued'],
      ],
      [
        'event-type prefixes',
        (tag) => eventTypeFilter({ prefixes: [`${tag}Case`] }),
        [
          ['s-1', 'CaseOpened'],
          ['s-1', 'Other'],
          ['s-2', 'CaseClosed'],
        ],
        ['CaseOpened', 'CaseClosed'],
      ],
      [
        'an event-type regex',
        (tag) => eventTypeFilter({ regex: `^${tag}.*(Opened|Closed)$` }),
        [
          ['s-1', 'CaseOpened'],
          ['s-1', 'CaseMoved'],
          ['s-2', 'CaseClosed'],
        ],
        ['CaseOpened', 'CaseClosed'],
      ],
    ];

    it.each(cases)(
      'given %s, when history and live events mix wanted and unwanted ones, then only the wanted come',
      async (_, filterOf, written, wanted) => {
        const write = async (stream: string, type: string) =>
          t.client.appendToStream(
            `${tag}${stream}`,
            jsonEvent({ type: `${tag}${type}`, data: {} }),
          );
        for (const [stream, type] of written) await write(stream, type);
        const subscription = probe(
          t.client.subscribeToAll({ fromPosition: from!, filter: filterOf(tag) }),
        );
        await subscription.waitForEvents(wanted.length);
        for (const [stream, type] of written) await write(stream, type);
        await subscription.waitForEvents(wanted.length * 2);
        expect(subscription.events.map((each) => each.event!.type)).toEqual(
          [...wanted, ...wanted].map((type) => `${tag}${type}`),
        );
      },
    );

    it('given a narrow filter, when many unwanted events go by, then checkpoints report how far the server looked, in order, and one comes before caught-up', async () => {
      const wanted = `${tag}wanted`;
      for (let n = 0; n < 5; n += 1)
        await t.client.appendToStream(uniqueStream('noise'), events(20));
      await t.client.appendToStream(wanted, [typed('Wanted')]);
      const probed: { subscription?: SubscriptionProbe } = {};
      const filter = streamNameFilter({
        prefixes: [wanted],
        checkpointInterval: 1,
        maxSearchWindow: 16,
        checkpointReached: (...args) => probed.subscription?.checkpoint(...args),
      });
      const subscription = probe(t.client.subscribeToAll({ fromPosition: from!, filter }));
      probed.subscription = subscription;
      await subscription.waitForCaughtUp();

      const said = subscription.said();
      const checkpoints = said.flatMap((each) =>
        each.kind === 'checkpoint' ? [each.position.commit] : [],
      );
      expect(checkpoints.length).toBeGreaterThanOrEqual(6);
      expect([...checkpoints].sort((a, b) => (a < b ? -1 : 1))).toEqual(checkpoints);
      expect(said.at(-2)?.kind).toBe('checkpoint');
      expect(said.at(-1)?.kind).toBe('caughtUp');
      const wantedAt = subscription.events[0].event!.position!.commit;
      expect(checkpoints.at(-1)).toBeGreaterThanOrEqual(wantedAt);
    });
  });
});
