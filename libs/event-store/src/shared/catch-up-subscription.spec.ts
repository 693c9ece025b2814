import type { RecordedEvent } from '../port';
import { take } from '../testing/fixtures';
import { CatchUpSubscription, type AllEventsPage, type AllEventsSource } from './catch-up-subscription';
import { CommitNotifier } from './commit-notifier';
import { streamPrefixFilter, type StreamFilter } from './stream-filter';

/** A log the spec controls, read asynchronously like a remote store would be. */
class ScriptedSource implements AllEventsSource {
  readonly commits = new CommitNotifier();
  readonly log: RecordedEvent[] = [];
  readonly readsAfter: number[] = [];
  /** Runs once the page is taken but before the read resolves: a commit racing the read. */
  duringNextRead: (() => void) | undefined;

  append(streamId: string): void {
    const position = this.log.length + 1;
    this.log.push({ streamId, revision: 0, position, id: `e${position}`, type: 'T', data: null, metadata: {}, recordedAt: new Date(0).toISOString() });
  }

  async readPage(after: number, limit: number, filter: StreamFilter): Promise<AllEventsPage> {
    this.readsAfter.push(after);
    const examined = this.log.filter((event) => event.position > after).slice(0, limit);
    const racing = this.duringNextRead;
    this.duringNextRead = undefined;
    racing?.();
    await new Promise((resolve) => setImmediate(resolve));
    return { events: examined.filter((event) => filter(event.streamId)), lastExaminedPosition: examined.at(-1)?.position };
  }
}

describe('CatchUpSubscription', () => {
  it('given a commit signalled while a read that missed it is in flight, when the read comes back empty, then the subscription reads again instead of sleeping', async () => {
    const source = new ScriptedSource();
    const subscription = new CatchUpSubscription(source, { after: 0, headAtStart: 0, filter: () => true });
    source.duringNextRead = () => {
      source.append('late');
      source.commits.notify();
    };
    const [event] = await take(subscription, 1, 500);
    expect(event.streamId).toBe('late');
    await subscription.stop();
  });

  it('given a page of events the filter drops, when reading on, then the checkpoint moves past them (no rescan)', async () => {
    const source = new ScriptedSource();
    for (const streamId of ['other-1', 'other-2', 'other-3', 'wanted-1']) source.append(streamId);
    const subscription = new CatchUpSubscription(source, { after: 0, headAtStart: 4, filter: streamPrefixFilter(['wanted-']), pageSize: 3 });

    const [event] = await take(subscription, 1, 500);
    expect(event.streamId).toBe('wanted-1');
    expect(source.readsAfter).toEqual([0, 3]);
    await subscription.stop();
  });

  it('given concurrent next() calls, when events arrive, then each call gets a different event, in order', async () => {
    const source = new ScriptedSource();
    source.append('a');
    source.append('b');
    const subscription = new CatchUpSubscription(source, { after: 0, headAtStart: 2, filter: () => true, pageSize: 1 });
    const iterator = subscription[Symbol.asyncIterator]();
    const [first, second] = await Promise.all([iterator.next(), iterator.next()]);
    expect([first.value?.streamId, second.value?.streamId]).toEqual(['a', 'b']);
    await subscription.stop();
  });

  it('given a poll interval and no commit signal, when an event appears in the log, then the poll finds it', async () => {
    const source = new ScriptedSource();
    const subscription = new CatchUpSubscription(source, { after: 0, headAtStart: 0, filter: () => true, pollIntervalMs: 20 });
    const pending = take(subscription, 1, 1000);
    setTimeout(() => source.append('silent'), 30);
    expect((await pending)[0].streamId).toBe('silent');
    await subscription.stop();
  });
});
