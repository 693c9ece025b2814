import { BACKWARDS, END, StreamNotFoundError } from '@eventstore/db-client';
import { events, readStream, rejectionOf, revisionsOf, uniqueStream } from './support/events';
import { startServerUnderTest, type ServerUnderTest } from './support/server-under-test';

describe('stream metadata through $$ streams', () => {
  let t: ServerUnderTest;
  beforeAll(async () => {
    t = await startServerUnderTest();
  });
  afterAll(() => t.close());

  it('given metadata set on a stream, when getting it, then the client reads it back from the $$ stream with its revision', async () => {
    const stream = uniqueStream();
    await t.client.setStreamMetadata(stream, { maxCount: 10, owner: 'bkd' });
    await t.client.setStreamMetadata(stream, { maxCount: 20, owner: 'bkd' });
    const got = await t.client.getStreamMetadata(stream);
    expect(got).toMatchObject({ streamName: stream, metadata: { maxCount: 20, owner: 'bkd' } });
    expect(revisionsOf(await readStream(t.client, `$$${stream}`))).toEqual([1n]);
  });

  it('given no metadata, when getting it, then there is none', async () => {
    expect(await t.client.getStreamMetadata(uniqueStream())).toEqual({
      streamName: expect.any(String),
    });
  });

  it('given $maxCount 3 on a stream of ten events, when reading it either way, then only the last three are there', async () => {
    const stream = uniqueStream();
    await t.client.appendToStream(stream, events(10));
    await t.client.setStreamMetadata(stream, { maxCount: 3 });
    expect(revisionsOf(await readStream(t.client, stream))).toEqual([7n, 8n, 9n]);
    expect(
      revisionsOf(await readStream(t.client, stream, { direction: BACKWARDS, fromRevision: END })),
    ).toEqual([9n, 8n, 7n]);
    expect(
      revisionsOf(await readStream(t.client, stream, { fromRevision: 2n, maxCount: 2 })),
    ).toEqual([7n, 8n]);
    await t.client.appendToStream(stream, events(1));
    expect(revisionsOf(await readStream(t.client, stream))).toEqual([8n, 9n, 10n]);
  });

  it('given $maxCount, when subscribing to the stream from the start, then the subscription starts at the first event still kept', async () => {
    const stream = uniqueStream();
    await t.client.appendToStream(stream, events(5));
    await t.client.setStreamMetadata(stream, { maxCount: 2 });
    const seen: bigint[] = [];
    const subscription = t.client.subscribeToStream(stream);
    for await (const resolved of subscription) {
      seen.push(resolved.event!.revision);
      if (seen.length === 2) break;
    }
    expect(seen).toEqual([3n, 4n]);
  });

  it('given truncateBefore 4, when reading, then events before revision 4 are gone and the stream still exists', async () => {
    const stream = uniqueStream();
    await t.client.appendToStream(stream, events(6));
    await t.client.setStreamMetadata(stream, { truncateBefore: 4 });
    expect(revisionsOf(await readStream(t.client, stream))).toEqual([4n, 5n]);
    await t.client.setStreamMetadata(stream, { truncateBefore: 6 });
    expect(await readStream(t.client, stream)).toEqual([]);
  });

  it('given $maxAge 1 (second), when the events are older than that, then reads no longer return them', async () => {
    const stream = uniqueStream();
    await t.client.appendToStream(stream, events(2));
    await t.client.setStreamMetadata(stream, { maxAge: 1 });
    expect(await readStream(t.client, stream)).toHaveLength(2);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await t.client.appendToStream(stream, events(1));
    expect(revisionsOf(await readStream(t.client, stream))).toEqual([2n]);
  });

  it('given metadata on a stream that has no events, when reading the stream, then it is still not found', async () => {
    const stream = uniqueStream();
    await t.client.setStreamMetadata(stream, { maxCount: 5 });
    expect(await rejectionOf(readStream(t.client, stream))).toBeInstanceOf(StreamNotFoundError);
  });
});
