import type { StreamLog } from '../log/stream-log';
import type { CallWriter } from './call-writer';

/**
 * Lets a live subscription sleep until the next commit. Commits are counted, so one that
 * lands while the subscription is reading is not slept through.
 */
export class CommitWaiter {
  private commits = 0;
  private wake: (() => void) | undefined;
  private readonly stopListening: () => void;
  private readonly stopWatchingCancel: () => void;

  constructor(log: StreamLog, writer: CallWriter<unknown>) {
    this.stopListening = log.onCommit(() => {
      this.commits += 1;
      this.wake?.();
    });
    this.stopWatchingCancel = writer.onCancel(() => this.wake?.());
  }

  /** Call before reading; pass the mark to waitForCommitSince after the read found nothing. */
  mark(): number {
    return this.commits;
  }

  async waitForCommitSince(mark: number): Promise<void> {
    if (this.commits !== mark) return;
    await new Promise<void>((resolve) => (this.wake = resolve));
    this.wake = undefined;
  }

  dispose(): void {
    this.stopListening();
    this.stopWatchingCancel();
    this.wake?.();
  }
}
