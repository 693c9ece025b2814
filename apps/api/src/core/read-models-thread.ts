import { join } from 'node:path';
import { AnchorLedger, ANCHORS_FILE, HeadAnchoring } from '@satupintu/anchors';
import type { EventStore } from '@satupintu/event-store';
import type { ProjectionThreadSetup, ThreadCompanion } from '@satupintu/projections';
import { SqliteEventStore, WalCheckpointer } from '@satupintu/event-store/sqlite';
import type { AppConfig } from '../config/app-config';
import { EVENTS_FILE } from './events-file';
import { API_PROJECTIONS } from './read-model-projections';

/** What the projection thread needs of the configuration: plain data, it is copied to the thread. */
export type ReadModelsThreadOptions = Pick<AppConfig, 'dataDir' | 'store'>;

/**
 * How often the thread anchors the streams' heads: a round costs a read and a transaction (a case
 * with several steps in one round, one row); events cut off within a round of being appended go
 * unseen (see README).
 */
const ANCHORING_INTERVAL_MS = 500;

/** How often another thread copies the ledger's WAL back into its file. */
const LEDGER_WAL_CHECKPOINT_MS = 1_000;

/**
 * Loaded inside the API's projection thread (see ProjectionThread): a store connection of the
 * thread's own, to the same embedded file or EventStoreDB cluster, the API's projections, and the
 * anchoring of stream heads into `anchors.sqlite` (see libs/anchors), which reads the same events
 * and so runs here too, off the event loop that answers requests.
 * The EventStoreDB client (and NestJS's logger it reports through) is loaded only when configured:
 * a thread on the embedded store starts without them.
 */
export async function openReadModelsThread(
  options: ReadModelsThreadOptions,
): Promise<ProjectionThreadSetup> {
  const store = await openStore(options);
  return {
    store,
    projections: API_PROJECTIONS,
    companions: [anchoring(store, join(options.dataDir, ANCHORS_FILE))],
  };
}

async function openStore(options: ReadModelsThreadOptions): Promise<EventStore> {
  if (options.store.kind === 'sqlite')
    return new SqliteEventStore(join(options.dataDir, EVENTS_FILE));
  const { openEventStore } = await import('./event-store-factory');
  return openEventStore(options);
}

function anchoring(store: EventStore, file: string): ThreadCompanion {
  const ledger = AnchorLedger.open(file);
  const heads = new HeadAnchoring({
    store,
    ledger,
    intervalMs: ANCHORING_INTERVAL_MS,
    onWarning: (message) => console.warn(`Anchors: ${message}`),
    onError: (error) =>
      console.error(
        `Anchors: anchoring failed, retrying: ${error instanceof Error ? error.message : String(error)}`,
      ),
  });
  let checkpointer: WalCheckpointer | undefined;
  return {
    start: () => {
      checkpointer = WalCheckpointer.start(ledger.db, {
        intervalMs: LEDGER_WAL_CHECKPOINT_MS,
        onError: (error) => console.error('Anchors: WAL checkpoint failed', error),
      });
      return heads.start();
    },
    // The projections' events, so the rounds need not read them again.
    onEvents: (after, events) => heads.offer(after, events),
    // A last round before the store closes, so what this node appended is anchored.
    stop: async () => {
      await heads.stop();
      await checkpointer?.stop();
      ledger.close();
    },
  };
}
