/** How one job of a batch ended. */
export type JobOutcome<Result> = { ok: true; value: Result } | { ok: false; error: unknown };

/**
 * Group commit: jobs submitted during one turn of the event loop are handed together to
 * `commitBatch` on the next `setImmediate`, so they share one transaction and one sync.
 * A job's promise settles only after `commitBatch` returns, i.e. after the commit; if
 * `commitBatch` throws (the commit itself failed), every job of the batch is rejected.
 */
export class GroupCommitQueue<Job, Result> {
  private pending: { job: Job; resolve: (value: Result) => void; reject: (error: unknown) => void }[] = [];
  private flushScheduled = false;

  constructor(
    private readonly commitBatch: (jobs: Job[]) => JobOutcome<Result>[],
    private readonly maxBatchSize: number,
  ) {
    if (!Number.isSafeInteger(maxBatchSize) || maxBatchSize < 1) throw new RangeError(`Invalid maxBatchSize: ${String(maxBatchSize)}`);
  }

  submit(job: Job): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      this.pending.push({ job, resolve, reject });
      this.scheduleFlush();
    });
  }

  /** Commits everything queued, now. Used when closing: nothing submitted is left behind. */
  drain(): void {
    while (this.pending.length > 0) this.flushOneBatch();
  }

  private scheduleFlush(): void {
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      this.flushScheduled = false;
      this.flushOneBatch();
      if (this.pending.length > 0) this.scheduleFlush();
    });
  }

  private flushOneBatch(): void {
    const batch = this.pending.splice(0, this.maxBatchSize);
    if (batch.length === 0) return;
    let outcomes: JobOutcome<Result>[];
    try {
      outcomes = this.commitBatch(batch.map((entry) => entry.job));
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
