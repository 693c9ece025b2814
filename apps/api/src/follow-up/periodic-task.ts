import type { Logger } from '@nestjs/common';

/**
 * Runs a piece of scheduled work every `intervalMs` (never two runs at once: the next is timed
 * from the end of the last), and on demand. A failed run is logged and the schedule goes on.
 * The timer does not keep the process alive; stop() waits for a run in progress.
 */
export class PeriodicTask {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly name: string,
    private readonly intervalMs: number,
    private readonly work: () => Promise<unknown>,
    private readonly logger: Logger,
  ) {}

  /** Starts the schedule; an interval of 0 means: only when asked (runNow). */
  start(): void {
    if (this.intervalMs > 0 && !this.stopped) this.schedule();
  }

  /** Runs the work now, or waits for the run in progress. */
  runNow(): Promise<void> {
    this.running ??= this.work()
      .then(() => undefined)
      .catch((error: unknown) => this.logger.error(`${this.name} failed: ${String(error)}`))
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      void this.runNow().then(() => {
        if (!this.stopped) this.schedule();
      });
    }, this.intervalMs);
    this.timer.unref();
  }
}
