import { randomUUID } from 'node:crypto';
import {
  binaryEvent,
  jsonEvent,
  MaxAppendSizeExceededError,
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

// The client appends through BatchAppend when the server lists it in ServerFeatures, else
// through the unary Append: both paths must behave the same.
describe.each([
  ['BatchAppend', true],
  ['Append', false],
])('appending through %s', (_, batchAppend) => {
  let t: ServerUnderTest;
  beforeAll(async () => {
    t = await startServerUnderTest({ batchAppend });
  });
  afterAll(() => t.close());

  it('given a new stream, when appending three events with no_stream, then they get revisions 0 to 2 and the last one position', async () => {
    const stream = uniqueStream();
    const result = await t.client.appendToStream(stream, events(3), {
      expectedRevision: 'no_stream',
    });

    expect(result).toMatchObject({ success: true, nextExpectedRevision: 2n });
    const stored = await readStream(t.client, stream);
    expect(revisionsOf(stored)).toEqual([0n, 1n, 2n]);
    expect(result.position).toEqual(stored[2].event!.position);
    expect(stored.map((each) => each.event!.data)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
  });

  it('given a stream at revision 1, when appending with revision 1, then the append lands at revision 2', async () => {
    const stream = uniqueStream();
    await t.client.appendToStream(stream, events(2));
    expect(
      (await t.client.appendToStream(stream, anEvent(), { expectedRevision: 1n }))
        .nextExpectedRevision,
    ).toBe(2n);
  });

  it.each<
    [
      string,
      'no_stream' | 'stream_exists' | bigint,
      'no_stream' | 'stream_exists' | bigint,
      bigint | 'no_stream',
    ]
  >([
    ['no_stream on an existing stream', 'no_stream', 'no_stream', 1n],
    ['a stale revision', 0n, 0n, 1n],
    ['a revision ahead of the stream', 5n, 5n, 1n],
  ])(
    'given a stream at revision 1, when appending with %s, then WrongExpectedVersionError names the stream, the expected and the actual version',
    async (_, expectedRevision, expectedVersion, actualVersion) => {
      const stream = uniqueStream();
      await t.client.appendToStream(stream, events(2));
      const error = await rejectionOf(
        t.client.appendToStream(stream, anEvent(), { expectedRevision }),
      );
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      expect(error).toMatchObject({
        type: 'wrong-expected-version',
        streamName: stream,
        expectedVersion,
        actualVersion,
      });
      expect(revisionsOf(await readStream(t.client, stream))).toEqual([0n, 1n]);
    },
  );

  it('given no stream, when appending with stream_exists or a revision, then the error says the actual version is no_stream', async () => {
    const stream = uniqueStream();
    expect(
      await rejectionOf(
        t.client.appendToStream(stream, anEvent(), { expectedRevision: 'stream_exists' }),
      ),
    ).toMatchObject({
      streamName: stream,
      expectedVersion: 'stream_exists',
      actualVersion: 'no_stream',
    });
    expect(
      await rejectionOf(t.client.appendToStream(stream, anEvent(), { expectedRevision: 0n })),
    ).toMatchObject({
      expectedVersion: 0n,
      actualVersion: 'no_stream',
    });
  });

  it('given throwOnAppendFailure off, when the expectation fails, then the result says so instead of throwing', async () => {
    const stream = uniqueStream();
    await t.client.appendToStream(stream, events(2));
    const lenient = t.newClient(`${t.server.connectionString}&throwOnAppendFailure=false`);
    expect(
      await lenient.appendToStream(stream, anEvent(), { expectedRevision: 'no_stream' }),
    ).toMatchObject({ success: false });
  });

  it('given an append that was acknowledged, when the same events are appended again with the same expectation, then it is acknowledged again and nothing is written twice', async () => {
    const stream = uniqueStream();
    const batch = events(2);
    const first = await t.client.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
    const retry = await t.client.appendToStream(stream, batch, { expectedRevision: 'no_stream' });
    expect(retry).toEqual(first);
    expect(await readStream(t.client, stream)).toHaveLength(2);
  });

  it('given binary data and JSON metadata, when read back, then both are byte for byte what was appended', async () => {
    const stream = uniqueStream();
    const data = Uint8Array.from([0, 1, 2, 254, 255]);
    await t.client.appendToStream(stream, [
      binaryEvent({ type: 'Blob', data, metadata: { correlationId: 'c-1' } }),
    ]);
    const [stored] = await readStream(t.client, stream);
    expect(stored.event).toMatchObject({
      type: 'Blob',
      isJson: false,
      metadata: { correlationId: 'c-1' },
    });
    expect(Buffer.from(stored.event!.data as Uint8Array)).toEqual(Buffer.from(data));
  });

  it('given an event id chosen by the writer, when read back, then the id and the creation time are those of the append', async () => {
    const stream = uniqueStream();
    const id = randomUUID();
    const before = Date.now();
    await t.client.appendToStream(stream, jsonEvent({ id, type: 'Named', data: {} }));
    const [stored] = await readStream(t.client, stream);
    expect(stored.event!.id).toBe(id);
    expect(stored.event!.created.getTime()).toBeGreaterThanOrEqual(before - 5);
    expect(stored.event!.created.getTime()).toBeLessThanOrEqual(Date.now());
  });

  describe('the maximum append size (1 MiB)', () => {
    const payload = (bytes: number) => binaryEvent({ type: 'Big', data: new Uint8Array(bytes) });

    it('given an append of events just under 1 MiB in all, when appending, then it is written', async () => {
      const stream = uniqueStream();
      await t.client.appendToStream(stream, [payload(600_000), payload(440_000)]);
      expect(await readStream(t.client, stream)).toHaveLength(2);
    });

    it('given events over 1 MiB in all, when appending, then MaxAppendSizeExceededError gives the limit and nothing is written', async () => {
      const stream = uniqueStream();
      const error = await rejectionOf(
        t.client.appendToStream(stream, [payload(600_000), payload(600_000)]),
      );
      expect(error).toBeInstanceOf(MaxAppendSizeExceededError);
      expect(error).toMatchObject({ maxAppendSize: 1_048_576 });
      expect(await rejectionOf(readStream(t.client, stream))).toMatchObject({
        type: 'stream-not-found',
      });
    });
  });
});

describe('appends racing for the same revision', () => {
  let t: ServerUnderTest;
  beforeAll(async () => {
    t = await startServerUnderTest();
  });
  afterAll(() => t.close());

  it('given a stream at revision 0, when 20 clients append expecting revision 0 at once, then exactly one wins', async () => {
    const stream = uniqueStream();
    await t.client.appendToStream(stream, anEvent());
    const clients = Array.from({ length: 4 }, () => t.newClient());
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, n) =>
        clients[n % 4].appendToStream(stream, anEvent(), { expectedRevision: 0n }),
      ),
    );

    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results)
      if (result.status === 'rejected')
        expect(result.reason).toBeInstanceOf(WrongExpectedVersionError);
    expect(revisionsOf(await readStream(t.client, stream))).toEqual([0n, 1n]);
  });
});
