import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkflowEngine, WorkflowRegistry } from '@satupintu/engine';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { ptspWorkflows } from '@satupintu/ptsp';
import { letterServices, longHistory, runLifecycle } from './berkas-driver';
import { elapsedMs, round, summarize } from './stats';
import { cpuMicrosPer, threadCpuMs } from './thread-cpu';

function freshEngine(dir: string, name: string) {
  const store = new SqliteEventStore(join(dir, `${name}.sqlite`));
  const engine = new WorkflowEngine({ store, registry: new WorkflowRegistry([...ptspWorkflows]) });
  return { store, engine };
}

/**
 * The engine in process on the durable SQLite store: full lifecycles of many files at once
 * (receipt to handover, numbers drawn from the shared sequences), one command's latency alone
 * and under that load, and the time to load a file with a long history.
 */
/** `cases` whole lifecycles, `inFlight` at a time, on `engine`; the latency of every command (ms). */
async function runLifecycles(engine: WorkflowEngine, cases: number, inFlight: number): Promise<number[]> {
  let next = 0;
  const latencies: number[] = [];
  const worker = async () => {
    while (next < cases) {
      const service = letterServices[next++ % letterServices.length];
      for (const latency of await runLifecycle(engine, service)) latencies.push(latency);
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return latencies;
}

export async function benchEngine(options: { cases?: number; inFlight?: number; warmUpCases?: number } = {}) {
  const cases = options.cases ?? 3000;
  const inFlight = options.inFlight ?? 1000;
  const warmUpCases = options.warmUpCases ?? 1000;
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-bench-engine-'));
  try {
    // Warm-up, not measured, on a store of its own: the same load once, so that the measured run
    // sees the steady state (optimized code, grown heap) rather than the start-up.
    const warm = freshEngine(dir, 'warm-up');
    await runLifecycles(warm.engine, warmUpCases, Math.min(inFlight, warmUpCases));
    await warm.store.close();

    // Throughput: `inFlight` files advance concurrently, each through its whole lifecycle.
    const threadsBefore = threadCpuMs();
    const loaded = freshEngine(dir, 'throughput');
    const start = process.hrtime.bigint();
    const underLoad = await runLifecycles(loaded.engine, cases, inFlight);
    const seconds = elapsedMs(start) / 1000;
    const commands = underLoad.length;
    const cpuPerCommand = cpuMicrosPer(commands, threadsBefore, threadCpuMs());
    await loaded.store.close();

    // One command alone: files advanced one at a time.
    const alone = freshEngine(dir, 'alone');
    const single: number[] = [];
    for (let i = 0; i < 200; i++) single.push(...(await runLifecycle(alone.engine, letterServices[i % letterServices.length])));

    // Loading a file with 200 events: hot (cached snapshot + the events after it) and cold (full replay).
    const id = await longHistory(alone.engine, 200);
    const hot: number[] = [];
    for (let i = 0; i < 2000; i++) {
      const t = process.hrtime.bigint();
      await alone.engine.load(id);
      hot.push(elapsedMs(t));
    }
    const cold: number[] = [];
    for (let i = 0; i < 50; i++) {
      const reader = new WorkflowEngine({ store: alone.store, registry: alone.engine.registry });
      const t = process.hrtime.bigint();
      await reader.load(id);
      cold.push(elapsedMs(t));
    }
    await alone.store.close();

    const toMicros = (s: ReturnType<typeof summarize>) => ({ p50: round(s.p50 * 1000, 1), p99: round(s.p99 * 1000, 1) });
    return {
      durableCommandsPerSecond: Math.round(commands / seconds),
      lifecycle: { cases, inFlight, commands, seconds: round(seconds, 2), warmUpCases },
      // CPU per command by thread (Linux): main = the engine's event loop, newThreads = the
      // store's writer thread, otherThreads = V8's GC helpers. Unlike commands/s, it does not
      // depend on what else the machine runs.
      cpuMicrosPerCommand: cpuPerCommand ?? null,
      commandLatencyMs: { alone: summarize(single), underLoad: summarize(underLoad) },
      load200EventCaseMicros: { cached: toMicros(summarize(hot)), coldFullReplay: toMicros(summarize(cold)) },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchEngine().then((r) => console.log(JSON.stringify(r, null, 2)));
}
