import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { BroadcastChannel } from 'node:worker_threads';

/**
 * How SqliteEventStore instances on the same file in this process — on any thread, e.g. a
 * projection thread that reads the events the request thread appends — hear each other's commits,
 * so their live subscriptions read a new event at once instead of at their next poll. (Instances
 * in other processes still find new events by polling.) The writer thread of each instance posts
 * one small message per committed batch (off the main thread); an instance listens only while it
 * has live subscriptions.
 */
export class CommitBroadcast {
  /** What the writer thread posts to. */
  readonly signal: { channel: string; sender: string };
  private listening: BroadcastChannel | undefined;

  constructor(
    filename: string,
    private readonly onOtherCommit: () => void,
  ) {
    this.signal = { channel: `satupintu-sqlite-commits:${resolve(filename)}`, sender: randomUUID() };
  }

  /** Starts hearing the other instances' commits (idempotent). */
  listen(): void {
    if (this.listening !== undefined) return;
    const channel = new BroadcastChannel(this.signal.channel);
    channel.onmessage = (message) => {
      if ((message as { data: unknown }).data !== this.signal.sender) this.onOtherCommit();
    };
    // Listening never keeps the process alive: subscriptions have their own poll timers.
    channel.unref();
    this.listening = channel;
  }

  close(): void {
    this.listening?.close();
    this.listening = undefined;
  }
}
