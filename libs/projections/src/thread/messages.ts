/** What the main thread and a projection thread say to each other. */

/** Where the thread finds its event store and projections: a module it loads, and what to pass. */
export interface ProjectionThreadSetupRef {
  /** Absolute path of the module (e.g. `require.resolve('./read-models-thread')`). */
  module: string;
  /** The exported function; it gets `options` and returns a ProjectionThreadSetup. */
  export: string;
  /** Handed to that function as it is: must survive structured cloning (no functions). */
  options: unknown;
}

export interface ProjectionThreadData {
  /** The module the thread runs (projection-thread-host, .ts in development, .js when compiled). */
  host: string;
  setup: ProjectionThreadSetupRef;
  filename: string;
  maxBatchSize?: number;
  walCheckpointIntervalMs?: number;
}

export type ThreadRequest = { id: number; type: 'start' | 'rebuild' | 'close' };

export type ThreadReply =
  /** A commit: the new checkpoint, and the projections that applied events in it. */
  | { type: 'applied'; checkpoint: number; touched: string[] }
  /** An apply or the subscription failed; the runner retries. */
  | { type: 'error'; message: string }
  /** The answer to a request. */
  | { type: 'done'; id: number; checkpoint: number; running: boolean; error?: string };
