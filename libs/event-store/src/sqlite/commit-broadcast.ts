import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { BroadcastChannel } from 'node:worker_threads';

/**
 * Tells the other SqliteEventStore instances on the same file in this process — on any thread,
 * e.g. a projection thread that reads the events this one appends — that a commit happened, so
 * their live subscriptions read it at once instead of at their next poll. Instances in other
 * processes still find new events by polling. One small message per committed batch.
 */
export class CommitBroadcast {
  private readonly channel: BroadcastChannel;
  private readonly sender = randomUUID();

  constructor(filename: string, onOtherCommit: () => void) {
    this.channel = new BroadcastChannel(`satupintu-sqlite-commits:${resolve(filename)}`);
    this.channel.onmessage = (message) => {
      if ((message as { data: unknown }).data !== this.sender) onOtherCommit();
    };
    // Listening alone never keeps the process alive: subscriptions have their own poll timers.
    this.channel.unref();
  }

  committed(): void {
    this.channel.postMessage(this.sender);
  }

  close(): void {
    this.channel.close();
  }
}
