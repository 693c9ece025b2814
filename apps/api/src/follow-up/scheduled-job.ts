import { Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { PeriodicTask } from './periodic-task';

/**
 * A provider whose work runs on a schedule while the app is up: started once the app has booted
 * (not when the module is built, so a test can build it without timers), awaited at shutdown so
 * that no run is cut in half, and runnable on demand (tests, and a run after a configuration
 * change). The schedule itself is PeriodicTask's: never two runs at once, a failed run logged.
 */
export abstract class ScheduledJob implements OnApplicationBootstrap, OnModuleDestroy {
  protected readonly logger: Logger;
  private readonly task: PeriodicTask;

  /** `intervalMs` 0: only when asked (runOnce). */
  protected constructor(loggerContext: string, description: string, intervalMs: number) {
    this.logger = new Logger(loggerContext);
    this.task = new PeriodicTask(description, intervalMs, () => this.run(), this.logger);
  }

  /** One run of the work. */
  protected abstract run(): Promise<void>;

  onApplicationBootstrap(): void {
    this.task.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.task.stop();
  }

  /** Runs the work now, or waits for the run in progress. */
  runOnce(): Promise<void> {
    return this.task.runNow();
  }
}
