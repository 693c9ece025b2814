/**
 * `npm run bench`: every benchmark in one run, as one JSON document on stdout.
 * The raw better-sqlite3 ceilings are measured in the same run, on the same disk, so the ratios
 * say how much of the machine the product uses, whatever the machine.
 * Run one part alone with `node -r ./scripts/register.cjs scripts/bench/<part>.ts`.
 */
import { benchAnalytics } from './bench/analytics';
import { benchEventStore } from './bench/event-store';
import { benchEngine } from './bench/engine';
import { benchEsdb } from './bench/esdb';
import { benchHttp } from './bench/http';
import { round } from './bench/stats';

async function main() {
  const started = Date.now();
  const eventStore = await benchEventStore();
  const engine = await benchEngine();
  const report: Record<string, unknown> = {
    machine: eventStore.environment,
    eventStore,
    engine: {
      ...engine,
      ratioToBatchedCeiling: round(engine.durableCommandsPerSecond / eventStore.raw.batchedRowsPerSecond, 3),
      ratioToSingleRowCeiling: round(engine.durableCommandsPerSecond / eventStore.raw.singleRowTransactionsPerSecond, 3),
      targets: {
        durableCommandsPerSecond: 10_000,
        load200EventCaseP50Micros: 100,
      },
    },
  };
  report.http = await benchHttp();
  report.esdb = await benchEsdb();
  report.analytics = await benchAnalytics();
  report.durationSeconds = round((Date.now() - started) / 1000, 1);
  console.log(JSON.stringify(report, null, 2));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
