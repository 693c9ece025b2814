import type { JobOutcome } from './group-commit-queue';

interface Entry<Job, Result> {
  job: Job;
  resolve: (value: Result) => void;
  reject: (error: unknown) => void;
}

/** Where batches go: `commit` commits one; `idle` tells, synchronously, that nothing is being committed. */
export interface BatchCommitter<Job, Result> {
  commit(jobs: Job[]): Promise<JobOutcome<Result>[]>;
  /**
   * True when a batch handed over now would be committed at once. A committer that works beside
   * the event loop (a writer thread) can say so even in the middle of a long run of microtasks, when
   * no completion can be seen yet. One that commits on this thread says false.
   */
  idle(): boolean;
}

export interface PipelineLimits {
  /** Most jobs in one batch. */
  maxBatchSize: number;
  /** Jobs that may go before the end of the turn, when the committer is idle. */
  burstSize: number;
}

/**
 * Group commit for a committer that may work beside the event loop (a writer thread).
 *
 * The jobs submitted during one turn of the event loop are handed over together on the next
 * `setImmediate`, one batch at a time: while a batch is being committed, the jobs submitted
 * meanwhile wait and go together in the next one, so batches grow with the time a commit (its
 * sync) takes. One exception keeps a committer beside the event loop busy: when `burstSize` jobs
 * are waiting and it is idle, they are handed over at once, without waiting for the end of the turn.
 * That happens in a burst of continuations (all the callers of a committed batch going on, in one
 * microtask queue, during which no completion can be seen): the committer syncs the first jobs
 * while this thread decides the rest.
 * A job's promise settles only after its batch's commit; if the commit as a whole fails, every job
 * of the batch is rejected.
 */
export class PipelinedCommitQueue<Job, Result> {
  private pending: Entry<Job, Result>[] = [];
  private flushScheduled = false;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly committer: BatchCommitter<Job, Result>,
    private readonly limits: PipelineLimits,
  ) {
    for (const [name, value] of Object.entries(limits)) {
      if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`Invalid ${name}: ${String(value)}`);
    }
  }

  submit(job: Job): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.pending.push({ job, resolve, reject });
      if (this.pending.length >= Math.min(this.limits.burstSize, this.limits.maxBatchSize) && this.committer.idle()) this.handOverOneBatch();
      else this.scheduleFlush();
    });
  }

  /** Commits everything queued, and waits for it. Used when closing: nothing submitted is left behind. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0 || this.pending.length > 0) {
      if (this.inFlight.size === 0) this.handOverOneBatch();
      await Promise.race(this.inFlight);
    }
  }

  private scheduleFlush(): void {
    if (this.flushScheduled || this.pending.length === 0) return;
    this.flushScheduled = true;
    // setImmediate, not a microtask: every job the current turn (and its promise continuations)
    // submits makes it into the batch.
    setImmediate(() => {
      this.flushScheduled = false;
      if (this.inFlight.size === 0 || this.committer.idle()) this.handOverOneBatch();
    });
  }

  private handOverOneBatch(): void {
    const batch = this.pending.splice(0, this.limits.maxBatchSize);
    if (batch.length === 0) return;
    const committing: Promise<void> = this.commitAndSettle(batch).finally(() => {
      this.inFlight.delete(committing);
      this.scheduleFlush();
    });
    this.inFlight.add(committing);
    // More than a batch holds: the rest goes once this one is committed (or at the end of the turn).
    if (this.pending.length > 0) this.scheduleFlush();
  }

  private async commitAndSettle(batch: Entry<Job, Result>[]): Promise<void> {
    let outcomes: JobOutcome<Result>[];
    try {
      outcomes = await this.committer.commit(batch.map((entry) => entry.job));
    } catch (error) {
      for (const entry of batch) entry.reject(error);
      return;
    }
    batch.forEach((entry, index) => {
      const outcome = outcomes[index];
      if (outcome.ok) entry.resolve(outcome.value);
      else entry.reject(outcome.error);
    });
  }
}
