/** waitFor gave up: the read models did not reach the position in time (the write itself is stored). */
export class ProjectionWaitTimeoutError extends Error {
  override readonly name = 'ProjectionWaitTimeoutError';
  constructor(
    readonly position: number,
    readonly checkpoint: number,
    readonly timeoutMs: number,
  ) {
    super(`Read models reached position ${checkpoint}, not ${position}, within ${timeoutMs} ms`);
  }
}

/** waitFor was called on, or interrupted by, a runner that is not running. */
export class ProjectionRunnerStoppedError extends Error {
  override readonly name = 'ProjectionRunnerStoppedError';
  constructor() {
    super('The projection runner is not running');
  }
}

/** A projection's apply threw: names the projection and the event, keeps the cause. */
export class ProjectionApplyError extends Error {
  override readonly name = 'ProjectionApplyError';
  constructor(
    readonly projection: string,
    readonly position: number,
    readonly eventType: string,
    override readonly cause: unknown,
  ) {
    super(
      `Projection ${projection} failed on event ${position} (${eventType}): ${String((cause as Error)?.message ?? cause)}`,
    );
  }
}

/** A projection thread did not answer within its stop grace period, so stop() terminated it. */
export class ProjectionThreadStopTimeoutError extends Error {
  override readonly name = 'ProjectionThreadStopTimeoutError';
  constructor(readonly graceMs: number) {
    super(
      `The projection thread did not answer within ${graceMs} ms of stop() (e.g. its event store never answered at start): terminated`,
    );
  }
}
