import { ProjectionRunnerStoppedError, ProjectionWaitTimeoutError } from './errors';

interface Waiter {
  position: number;
  resolve(): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout | undefined;
}

/** Promises that resolve once the checkpoint reaches a position: read-your-writes for callers. */
export class PositionWaiters {
  private readonly waiters = new Set<Waiter>();

  wait(position: number, checkpoint: () => number, timeoutMs: number): Promise<void> {
    if (checkpoint() >= position) return Promise.resolve();
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { position, resolve, reject, timer: undefined };
      if (Number.isFinite(timeoutMs)) {
        waiter.timer = setTimeout(() => {
          this.waiters.delete(waiter);
          reject(new ProjectionWaitTimeoutError(position, checkpoint(), timeoutMs));
        }, timeoutMs);
      }
      this.waiters.add(waiter);
    });
  }

  /** Resolves every waiter the checkpoint has reached. */
  reached(checkpoint: number): void {
    for (const waiter of this.waiters) {
      if (waiter.position > checkpoint) continue;
      this.settle(waiter);
      waiter.resolve();
    }
  }

  /** Fails every waiter: the runner stopped and will not get there. */
  abandonAll(): void {
    for (const waiter of this.waiters) {
      this.settle(waiter);
      waiter.reject(new ProjectionRunnerStoppedError());
    }
  }

  private settle(waiter: Waiter): void {
    this.waiters.delete(waiter);
    if (waiter.timer !== undefined) clearTimeout(waiter.timer);
  }
}
