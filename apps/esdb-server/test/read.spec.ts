import { BACKWARDS, END, FORWARDS, START, StreamNotFoundError } from '@eventstore/db-client';
import {
  events,
  readAllOf,
  readStream,
  rejectionOf,
  revisionsOf,
  uniqueStream,
} from './support/events';
import { startServerUnderTest, type ServerUnderTest } from './support/server-under-test';

describe('reading', () => {
  let t: ServerUnderTest;
  beforeAll(async () => {
    t = await startServerUnderTest();
  });
  afterAll(() => t.close());

  describe('a stream of five events', () => {
    let stream: string;
    beforeAll(async () => {
      stream = uniqueStream();
      await t.client.appendToStream(stream, events(5));
    });

    it('when reading forwards, then revisions 0 to 4 come in order', async () => {
      expect(revisionsOf(await readStream(t.client, stream))).toEqual([0n, 1n, 2n, 3n, 4n]);
    });

    it('when reading forwards from revision 2 with maxCount 2, then revisions 2 and 3 come', async () => {
      expect(
        revisionsOf(await readStream(t.client, stream, { fromRevision: 2n, maxCount: 2 })),
      ).toEqual([2n, 3n]);
    });

    it('when reading backwards from the end, then revisions 4 to 0 come', async () => {
      expect(
        revisionsOf(
          await readStream(t.client, stream, { direction: BACKWARDS, fromRevision: END }),
        ),
      ).toEqual([4n, 3n, 2n, 1n, 0n]);
    });

    it('when reading backwards from revision 1, then revisions 1 and 0 come (inclusive)', async () => {
      expect(
        revisionsOf(await readStream(t.client, stream, { direction: BACKWARDS, fromRevision: 1n })),
      ).toEqual([1n, 0n]);
    });

    it('when reading forwards from the end or past it, then nothing comes', async () => {
      expect(await readStream(t.client, stream, { fromRevision: END })).toEqual([]);
      expect(await readStream(t.client, stream, { fromRevision: 9n })).toEqual([]);
    });

    it('when reading, then every event carries its stream, type, JSON data and a commit position equal to its prepare position', async () => {
      const [first] = await readStream(t.client, stream, { maxCount: 1 });
      expect(first.event).toMatchObject({
        streamId: stream,
        type: 'Tested',
        data: { n: 0 },
        isJson: true,
      });
      expect(first.event!.position!.commit).toBe(first.event!.position!.prepare);
      expect(first.commitPosition).toBe(first.event!.position!.commit);
    });
  });

  it('given a stream that does not exist, when reading it either way, then StreamNotFoundError names it', async () => {
    const stream = uniqueStream('missing');
    for (const direction of [FORWARDS, BACKWARDS] as const) {
      const error = await rejectionOf(
        readStream(t.client, stream, {
          direction,
          fromRevision: direction === FORWARDS ? START : END,
        }),
      );
      expect(error).toBeInstanceOf(StreamNotFoundError);
      expect(error).toMatchObject({ type: 'stream-not-found', streamName: stream });
    }
  });

  describe('$all', () => {
    it('given appends to two streams, when reading $all forwards from the first one’s position, then it comes first (inclusive) and the rest follow in commit order', async () => {
      const [a, b] = [uniqueStream('a'), uniqueStream('b')];
      const first = await t.client.appendToStream(a, events(1));
      await t.client.appendToStream(b, events(2));
      await t.client.appendToStream(a, events(1));

      const read = await readAllOf(
        t.client.readAll({ fromPosition: first.position!, maxCount: 4 }),
      );
      expect(read.map((each) => [each.event!.streamId, each.event!.revision])).toEqual([
        [a, 0n],
        [b, 0n],
        [b, 1n],
        [a, 1n],
      ]);
      const positions = read.map((each) => each.event!.position!.commit);
      expect([...positions].sort((x, y) => (x < y ? -1 : 1))).toEqual(positions);
    });

    it('given events, when reading $all backwards from the end with maxCount 2, then the last two come, newest first', async () => {
      const stream = uniqueStream();
      await t.client.appendToStream(stream, events(3));
      const read = await readAllOf(
        t.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 2 }),
      );
      expect(read.map((each) => [each.event!.streamId, each.event!.revision])).toEqual([
        [stream, 2n],
        [stream, 1n],
      ]);
    });

    it('given a position, when reading $all backwards from it, then the events before it come (exclusive)', async () => {
      const stream = uniqueStream();
      await t.client.appendToStream(stream, events(3));
      const [third] = await readStream(t.client, stream, { fromRevision: 2n });
      const read = await readAllOf(
        t.client.readAll({
          direction: BACKWARDS,
          fromPosition: third.event!.position!,
          maxCount: 2,
        }),
      );
      expect(revisionsOf(read)).toEqual([1n, 0n]);
    });

    it('given two events, then their positions are offsets in a log (the second after the first and its size), not consecutive numbers', async () => {
      const stream = uniqueStream();
      await t.client.appendToStream(stream, events(2));
      const [first, second] = await readStream(t.client, stream);
      expect(second.event!.position!.commit - first.event!.position!.commit).toBeGreaterThan(64n);
    });

    it('given a number where no event starts, when reading $all or subscribing from it, then the server refuses it as an invalid position, as KurrentDB does', async () => {
      const stream = uniqueStream();
      await t.client.appendToStream(stream, events(1));
      const [event] = await readStream(t.client, stream);
      const between = {
        commit: event.event!.position!.commit + 1n,
        prepare: event.event!.position!.commit + 1n,
      };
      expect(
        await rejectionOf(readAllOf(t.client.readAll({ fromPosition: between, maxCount: 1 }))),
      ).toMatchObject({
        message: expect.stringMatching(/invalid position/),
      });
      const subscription = t.client.subscribeToAll({ fromPosition: between });
      const failed = await new Promise<unknown>((resolve) => subscription.once('error', resolve));
      expect(failed).toMatchObject({ message: expect.stringMatching(/invalid position/) });
    });

    it('given stream metadata was set, when reading $all, then the $metadata event of the $$ stream is in it, as in EventStoreDB', async () => {
      const stream = uniqueStream();
      await t.client.setStreamMetadata(stream, { maxCount: 3 });
      const [last] = await readAllOf(
        t.client.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 }),
      );
      expect(last.event).toMatchObject({
        streamId: `$$${stream}`,
        type: '$metadata',
        data: { $maxCount: 3 },
      });
    });

    it('given more events than one page of the server (600), when reading $all from the start, then all come in order', async () => {
      const stream = uniqueStream('big');
      for (let n = 0; n < 6; n += 1) await t.client.appendToStream(stream, events(100));
      const mine = (await readAllOf(t.client.readAll({ fromPosition: START }))).filter(
        (each) => each.event!.streamId === stream,
      );
      expect(revisionsOf(mine)).toEqual(Array.from({ length: 600 }, (_, n) => BigInt(n)));
    });
  });
});
