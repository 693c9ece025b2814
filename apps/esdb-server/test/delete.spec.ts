import {
  StreamDeletedError,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import {
  anEvent,
  events,
  readStream,
  rejectionOf,
  revisionsOf,
  uniqueStream,
} from './support/events';
import { startServerUnderTest, type ServerUnderTest } from './support/server-under-test';
import { SubscriptionProbe } from './support/subscription-probe';

describe('deleting streams', () => {
  let t: ServerUnderTest;
  beforeAll(async () => {
    t = await startServerUnderTest();
  });
  afterAll(() => t.close());

  describe('soft delete (Streams.Delete)', () => {
    it('given a stream, when it is deleted, then reading it fails with StreamNotFoundError', async () => {
      const stream = uniqueStream();
      const { nextExpectedRevision } = await t.client.appendToStream(stream, events(2));
      const { position } = await t.client.deleteStream(stream, {
        expectedRevision: nextExpectedRevision,
      });
      expect(position?.commit).toBeGreaterThan(0n);
      expect(await rejectionOf(readStream(t.client, stream))).toBeInstanceOf(StreamNotFoundError);
    });

    it.each(['any', 'no_stream'] as const)(
      'given a deleted stream, when appending with %s, then it is recreated: revisions go on, old events stay hidden',
      async (expectedRevision) => {
        const stream = uniqueStream();
        await t.client.appendToStream(stream, events(2));
        await t.client.deleteStream(stream);
        const result = await t.client.appendToStream(stream, events(3), { expectedRevision });
        expect(result.nextExpectedRevision).toBe(4n);
        expect(revisionsOf(await readStream(t.client, stream))).toEqual([2n, 3n, 4n]);
        expect((await t.client.getStreamMetadata(stream)).metadata).toEqual({ truncateBefore: 2 });
      },
    );

    it('given a recreated stream, when appending with no_stream again, then it is a wrong expected version (only the first write may recreate)', async () => {
      const stream = uniqueStream();
      await t.client.appendToStream(stream, events(2));
      await t.client.deleteStream(stream);
      await t.client.appendToStream(stream, events(1), { expectedRevision: 'no_stream' });
      expect(
        await rejectionOf(
          t.client.appendToStream(stream, anEvent(), { expectedRevision: 'no_stream' }),
        ),
      ).toBeInstanceOf(WrongExpectedVersionError);
    });

    it('given a stream at revision 1, when deleting it expecting revision 0, then WrongExpectedVersionError carries the stream and both versions, and nothing is deleted', async () => {
      const stream = uniqueStream();
      await t.client.appendToStream(stream, events(2));
      const error = await rejectionOf(t.client.deleteStream(stream, { expectedRevision: 0n }));
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      expect(error).toMatchObject({
        type: 'wrong-expected-version',
        code: 9,
        streamName: stream,
        expectedVersion: 0n,
        actualVersion: 1n,
      });
      expect(revisionsOf(await readStream(t.client, stream))).toEqual([0n, 1n]);
    });

    it('given no stream, when deleting it expecting no_stream or any, then it succeeds', async () => {
      await t.client.deleteStream(uniqueStream(), { expectedRevision: 'no_stream' });
      await t.client.deleteStream(uniqueStream(), { expectedRevision: 'any' });
    });
  });

  describe('tombstone (Streams.Tombstone)', () => {
    let stream: string;
    beforeEach(async () => {
      stream = uniqueStream();
      await t.client.appendToStream(stream, events(2));
      await t.client.tombstoneStream(stream, { expectedRevision: 1n });
    });

    it('when reading it, then StreamDeletedError names it', async () => {
      const error = await rejectionOf(readStream(t.client, stream));
      expect(error).toBeInstanceOf(StreamDeletedError);
      expect(error).toMatchObject({ type: 'stream-deleted', streamName: stream });
    });

    it('when appending to it, even with any, then StreamDeletedError', async () => {
      expect(await rejectionOf(t.client.appendToStream(stream, anEvent()))).toMatchObject({
        type: 'stream-deleted',
        streamName: stream,
      });
    });

    it('when getting its metadata, then StreamDeletedError names its $$ stream', async () => {
      expect(await rejectionOf(t.client.getStreamMetadata(stream))).toMatchObject({
        type: 'stream-deleted',
        streamName: `$$${stream}`,
      });
    });

    it('when deleting or tombstoning it again, then StreamDeletedError', async () => {
      expect(await rejectionOf(t.client.deleteStream(stream))).toBeInstanceOf(StreamDeletedError);
      expect(await rejectionOf(t.client.tombstoneStream(stream))).toBeInstanceOf(
        StreamDeletedError,
      );
    });

    it('when subscribing to it, then the subscription ends with StreamDeletedError', async () => {
      const probe = new SubscriptionProbe(t.client.subscribeToStream(stream));
      expect(await probe.failed()).toMatchObject({ type: 'stream-deleted', streamName: stream });
    });
  });

  it('given a live subscription to a stream, when the stream is tombstoned, then the subscription ends with StreamDeletedError', async () => {
    const stream = uniqueStream();
    await t.client.appendToStream(stream, events(1));
    const probe = new SubscriptionProbe(t.client.subscribeToStream(stream));
    await probe.waitForCaughtUp();
    await t.client.tombstoneStream(stream);
    expect(await probe.failed()).toBeInstanceOf(StreamDeletedError);
  });

  it('given a tombstone with a stale expected revision, then WrongExpectedVersionError, and the stream lives on', async () => {
    const stream = uniqueStream();
    await t.client.appendToStream(stream, events(3));
    expect(
      await rejectionOf(t.client.tombstoneStream(stream, { expectedRevision: 1n })),
    ).toMatchObject({ streamName: stream, expectedVersion: 1n, actualVersion: 2n });
    expect(await readStream(t.client, stream)).toHaveLength(3);
  });
});
