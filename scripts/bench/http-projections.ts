/**
 * What the API's read-model projections cost per event, away from HTTP: the HTTP bench's event mix
 * (files received, verified and disposed, then re-routed back and forth) is written through the
 * engine, then replayed by a ProjectionRunner with API_PROJECTIONS in batches of several sizes
 * (live load gives small batches, catch-up large ones). Only the re-routings are timed.
 * Alone: `node -r ./scripts/register.cjs scripts/bench/http-projections.ts [files] [reroutes] [batch sizes, e.g. 1,8]`;
 * add `--cpu-prof` to node for a profile of the replays.
 */
import { randomUUID } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkflowEngine, WorkflowRegistry } from '@satupintu/engine';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { ProjectionRunner, type Projection } from '@satupintu/projections';
import { ptspWorkflows } from '@satupintu/ptsp';
import { API_PROJECTIONS } from '../../apps/api/src/core/read-model-projections';
import { fullLifecycle, letterServices } from './berkas-driver';
import { round } from './stats';
import { cpuMicrosPer, threadCpuMs } from './thread-cpu';

const dispatcher = { id: 'bench-dispatcher', roles: ['dispatcher'] };

/** Writes the mix; returns the events file with only the set-up and the one with everything. */
async function writeEvents(dir: string, files: number, reroutes: number) {
  const full = join(dir, 'events.sqlite');
  const store = new SqliteEventStore(full);
  const engine = new WorkflowEngine({ store, registry: new WorkflowRegistry([...ptspWorkflows]) });
  const service = letterServices.find((s) => s.code === 'KP-REG') ?? letterServices[0];
  const other = letterServices.find((s) => s.subdivision !== service.subdivision)!.subdivision;
  const ids = Array.from({ length: files }, () => `berkas-${randomUUID()}`);
  await Promise.all(
    ids.map(async (id) => {
      for (const step of fullLifecycle(service).slice(0, 3))
        await engine.handle(
          id,
          { id: randomUUID(), type: step.type, payload: step.payload },
          step.actor,
        );
    }),
  );
  await store.close();
  const setup = join(dir, 'setup.sqlite');
  copyFileSync(full, setup);
  const reopened = new SqliteEventStore(full);
  const engine2 = new WorkflowEngine({
    store: reopened,
    registry: new WorkflowRegistry([...ptspWorkflows]),
  });
  const rounds = Math.ceil(reroutes / files);
  for (let round = 0; round < rounds; round++) {
    const subdivision = round % 2 === 0 ? other : service.subdivision;
    await Promise.all(
      ids.map((id) =>
        engine2.handle(
          id,
          {
            id: randomUUID(),
            type: 'redispose',
            payload: { subdivision, reason: 'Salah disposisi' },
          },
          dispatcher,
        ),
      ),
    );
  }
  await reopened.close();
  return { setup, full, reroutes: rounds * files };
}

/** Time spent in each projection's apply, in µs (wall clock, summed). */
const perProjection = new Map<string, number>();
const timed: Projection[] = API_PROJECTIONS.map((projection) => ({
  ...projection,
  setup: (db) => projection.setup(db),
  apply(db, event) {
    const started = process.hrtime.bigint();
    projection.apply(db, event);
    const spent = Number(process.hrtime.bigint() - started) / 1000;
    perProjection.set(projection.name, (perProjection.get(projection.name) ?? 0) + spent);
  },
}));

async function catchUp(eventsFile: string, readModels: string, maxBatchSize: number) {
  const store = new SqliteEventStore(eventsFile);
  perProjection.clear();
  const runner = new ProjectionRunner({
    store,
    filename: readModels,
    projections: timed,
    maxBatchSize,
  });
  const threadsBefore = threadCpuMs();
  const started = process.hrtime.bigint();
  await runner.start();
  const elapsed = Number(process.hrtime.bigint() - started) / 1000;
  const cpu = cpuMicrosPer(1, threadsBefore, threadCpuMs());
  await runner.close();
  await store.close();
  return { cpu, wallMicros: elapsed };
}

export async function benchProjections(
  files = 600,
  reroutes = 6_000,
  batchSizes = [1, 8, 64, 500],
) {
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-bench-projections-'));
  try {
    const events = await writeEvents(dir, files, reroutes);
    const results: Record<
      string,
      {
        cpuMicrosPerEvent: { mainThread: number | null; otherThreads: number | null };
        wallMicrosPerEvent: number;
        applyMicrosPerEvent: Record<string, number>;
      }
    > = {};
    for (const size of batchSizes) {
      const readModels = join(dir, `read-models-${size}.sqlite`);
      await catchUp(events.setup, readModels, 500);
      const { cpu, wallMicros } = await catchUp(events.full, readModels, size);
      const perEvent = (micros: number | undefined) =>
        micros === undefined ? null : round(micros / events.reroutes, 1);
      results[`batchesOf${size}`] = {
        // The event loop's CPU, and the other threads' (the WAL checkpointer, GC helpers).
        cpuMicrosPerEvent: {
          mainThread: perEvent(cpu?.mainThread),
          otherThreads: perEvent(cpu && cpu.newThreads + cpu.otherThreads),
        },
        wallMicrosPerEvent: round(wallMicros / events.reroutes, 1),
        // Inside each projection's apply; the rest is reading the events, the transactions and the checkpoints.
        applyMicrosPerEvent: Object.fromEntries(
          [...perProjection]
            .filter(([, micros]) => micros > 0)
            .map(([name, micros]) => [name, round(micros / events.reroutes, 1)]),
        ),
      };
      if (!existsSync(readModels)) throw new Error('no read models written');
    }
    return { files, reroutes: events.reroutes, ...results };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const [files, reroutes, sizes] = process.argv.slice(2);
  benchProjections(
    Number(files) || undefined,
    Number(reroutes) || undefined,
    sizes?.split(',').map(Number),
  )
    .then((report) => console.log(JSON.stringify(report, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
