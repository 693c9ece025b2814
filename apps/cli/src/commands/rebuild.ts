import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { EventStore } from '@satupintu/event-store';
import { ProjectionRunner } from '@satupintu/projections';
import { READ_MODEL_PROJECTIONS } from '@satupintu/read-models';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { RebuildProgressBar } from '../progress/rebuild-progress';
import { EVENTS_FILE } from '../store/open-store';
import { storeEventCount, storeHead } from '../store/store-head';

/** The read models beside the store, as the API names them. */
export const READ_MODELS_FILE = 'read-models.sqlite';

export interface RebuildCliOptions {
  json?: boolean;
  /** true: --progress, false: --no-progress, undefined: on a terminal, once a run takes a second. */
  progress?: boolean;
}

export interface RebuildOutcome {
  file: string;
  /** The file was missing and has been created. */
  created: boolean;
  /** Events replayed (undefined when the store's file could not be counted). */
  events: number | undefined;
  /** The global position the read models include. */
  checkpoint: number;
  tookMs: number;
}

/**
 * `rebuild`: drops every read-model table of `<data>/read-models.sqlite` (creating the file when
 * missing) and replays the whole store into them with the API's own projections. For a stopped
 * server: a running one keeps its own connection to the file and rebuilds through
 * POST /api/admin/read-models/rebuild. The anchor ledger (anchors.sqlite) is another file and
 * is not touched.
 */
export async function rebuildReadModels(
  store: EventStore,
  dataDir: string,
  options: RebuildCliOptions,
  io: CliIo,
): Promise<RebuildOutcome> {
  const file = join(dataDir, READ_MODELS_FILE);
  const eventsFile = join(dataDir, EVENTS_FILE);
  const created = !existsSync(file);
  const stream = io.progress ?? process.stderr;
  const wanted = options.progress ?? Boolean((stream as NodeJS.WriteStream).isTTY);
  const bar = wanted
    ? new RebuildProgressBar({
        stream,
        head: storeHead(eventsFile) ?? 0,
        delayMs: options.progress ? 0 : 1000,
      })
    : undefined;
  const began = performance.now();
  let runner: ProjectionRunner;
  try {
    runner = new ProjectionRunner({
      store,
      filename: file,
      projections: READ_MODEL_PROJECTIONS,
      onApplied: (checkpoint) => bar?.update(checkpoint),
    });
  } catch (error) {
    bar?.stop();
    throw new CliError(`Cannot open the read models at ${file}: ${(error as Error).message}`);
  }
  let checkpoint: number;
  try {
    // Stopped, the runner only drops the tables; start() then replays up to the store's head.
    await runner.rebuild();
    await runner.start();
    checkpoint = runner.checkpoint();
  } finally {
    bar?.stop();
    await runner.close();
  }
  const outcome: RebuildOutcome = {
    file,
    created,
    events: storeEventCount(eventsFile, checkpoint),
    checkpoint,
    tookMs: Math.round(performance.now() - began),
  };
  report(outcome, Boolean(options.json), io);
  return outcome;
}

function report(outcome: RebuildOutcome, json: boolean, io: CliIo): void {
  if (json) {
    io.out(JSON.stringify(outcome));
    return;
  }
  const replayed =
    outcome.events === undefined ? 'every event replayed' : `${outcome.events} events replayed`;
  io.out(
    `Rebuilt the read models in ${outcome.file}${outcome.created ? ' (the file was missing: created)' : ''}: ${replayed}, checkpoint at position ${outcome.checkpoint}, in ${(outcome.tookMs / 1000).toFixed(1)} s.`,
  );
}
