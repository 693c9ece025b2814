import { parentPort, workerData } from 'node:worker_threads';
import type { EventStore, RecordedEvent } from '@satupintu/event-store';
import type { Projection } from '../projection';
import { ProjectionRunner } from '../projection-runner';
import type { ProjectionThreadData, ThreadReply, ThreadRequest } from './messages';

/**
 * Other work on the same events that runs on the thread beside the projections (e.g. anchoring
 * stream heads): started once the projections have caught up, stopped before the store closes.
 */
export interface ThreadCompanion {
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Once started: the events of each projection commit, in log order, after position `after`. */
  onEvents?(after: number, events: readonly RecordedEvent[]): void;
}

/** What a setup module's function returns: the thread's own store connection and its projections. */
export interface ProjectionThreadSetup {
  store: EventStore;
  projections: readonly Projection[];
  companions?: readonly ThreadCompanion[];
}

const port = parentPort!;
const data = workerData as ProjectionThreadData;
const reply = (message: ThreadReply) => port.postMessage(message);
const describe = (error: unknown) => String((error as Error)?.message ?? error);

/**
 * The projection thread itself: a ProjectionRunner with a store connection of its own, applying
 * events on this thread and telling the main thread each new checkpoint.
 */
async function serve(): Promise<void> {
  const setupModule = (await import(data.setup.module)) as Record<
    string,
    (options: unknown) => ProjectionThreadSetup | Promise<ProjectionThreadSetup>
  >;
  const {
    store,
    projections,
    companions = [],
  } = await setupModule[data.setup.export](data.setup.options);
  let companionsStarted = false;
  const runner = new ProjectionRunner({
    store,
    filename: data.filename,
    projections,
    maxBatchSize: data.maxBatchSize,
    walCheckpointIntervalMs: data.walCheckpointIntervalMs,
    onApplied: (checkpoint, touched) =>
      reply({ type: 'applied', checkpoint, touched: [...touched] }),
    onBatch: (after, events) => {
      if (companionsStarted)
        for (const companion of companions) companion.onEvents?.(after, events);
    },
    onError: (error) => reply({ type: 'error', message: describe(error) }),
  });
  const operations: Record<ThreadRequest['type'], () => Promise<void>> = {
    start: async () => {
      await runner.start();
      if (companionsStarted) return;
      companionsStarted = true;
      for (const companion of companions) await companion.start();
    },
    rebuild: () => runner.rebuild(),
    close: async () => {
      if (companionsStarted) for (const companion of companions) await companion.stop();
      await runner.close();
      await store.close();
    },
  };
  // One request at a time, in the order sent: a close never overtakes a start.
  let queue = Promise.resolve();
  port.on('message', (request: ThreadRequest) => {
    queue = queue.then(async () => {
      const error = await operations[request.type]().then(
        () => undefined,
        (failure: unknown) => describe(failure),
      );
      const running = request.type !== 'close' && runner.status().running;
      const checkpoint = runner.db.open ? runner.checkpoint() : 0;
      reply({ type: 'done', id: request.id, checkpoint, running, ...(error ? { error } : {}) });
      if (request.type === 'close') port.close();
    });
  });
}

serve().catch((error: unknown) => {
  // The main thread sees the thread end with this error and answers its requests with it.
  throw error instanceof Error ? error : new Error(describe(error));
});
