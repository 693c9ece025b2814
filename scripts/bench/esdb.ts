/**
 * The EventStoreDB adapter benchmark: whole file lifecycles through the workflow engine on
 * EsdbEventStore, against the EventStoreDB-compatible server in a process of its own (gRPC over
 * loopback, its own SQLite log with group commit), next to the same load on the embedded
 * SqliteEventStore in the same run, on the same disk.
 *
 *     node -r ./scripts/register.cjs scripts/bench/esdb.ts
 *
 * The compatible server is a test server: its figures say what the adapter and the client cost
 * on this machine, not what a KurrentDB cluster would sustain.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WorkflowEngine, WorkflowRegistry } from '@satupintu/engine';
import type { EventStore } from '@satupintu/event-store';
import { EsdbEventStore } from '@satupintu/event-store/esdb';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { spawnEsdbServer } from '@satupintu/esdb-server';
import { ptspWorkflows } from '@satupintu/ptsp';
import { letterServices, runLifecycle } from './berkas-driver';
import { elapsedMs, round, summarize } from './stats';

export interface EsdbBenchOptions {
  /** Files taken from receipt to handover per store. Default 300. */
  cases?: number;
  /** Files in progress at once. Default 50. */
  inFlight?: number;
}

interface StoreFigures {
  commandsPerSecond: number;
  commands: number;
  seconds: number;
  /** Time of one command (load, decide, append) under that load, ms. */
  commandLatencyMs: ReturnType<typeof summarize>;
}

async function lifecyclesOn(store: EventStore, cases: number, inFlight: number): Promise<StoreFigures> {
  const engine = new WorkflowEngine({ store, registry: new WorkflowRegistry([...ptspWorkflows]) });
  let next = 0;
  let commands = 0;
  const latencies: number[] = [];
  const worker = async () => {
    while (next < cases) {
      const service = letterServices[next++ % letterServices.length];
      const taken = await runLifecycle(engine, service);
      commands += taken.length;
      latencies.push(...taken);
    }
  };
  const start = process.hrtime.bigint();
  await Promise.all(Array.from({ length: inFlight }, worker));
  const seconds = elapsedMs(start) / 1000;
  return { commandsPerSecond: Math.round(commands / seconds), commands, seconds: round(seconds, 2), commandLatencyMs: summarize(latencies) };
}

export async function benchEsdb(options: EsdbBenchOptions = {}) {
  const cases = options.cases ?? 300;
  const inFlight = options.inFlight ?? 50;
  const dir = mkdtempSync(join(tmpdir(), 'satupintu-bench-esdb-'));
  const server = await spawnEsdbServer({ file: join(dir, 'esdb-server.sqlite') });
  try {
    const esdbStore = EsdbEventStore.connect(server.connectionString);
    // A short warm-up: the first calls open the connection and ask the server's features.
    await lifecyclesOn(esdbStore, 5, 5);
    const esdb = await lifecyclesOn(esdbStore, cases, inFlight);
    await esdbStore.close();

    const embeddedStore = new SqliteEventStore(join(dir, 'embedded.sqlite'));
    await lifecyclesOn(embeddedStore, 5, 5);
    const embedded = await lifecyclesOn(embeddedStore, cases, inFlight);
    await embeddedStore.close();

    return {
      load: { cases, inFlight },
      esdbAdapterOnCompatibleServer: esdb,
      embeddedSqlite: embedded,
      esdbToEmbeddedRatio: round(esdb.commandsPerSecond / embedded.commandsPerSecond, 3),
    };
  } finally {
    await server.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchEsdb().then((result) => console.log(JSON.stringify(result, null, 2)));
}
