/**
 * The supervisors' analytics at scale: a million files and some ten million events of
 * read-model rows (generated through the projections' own apply, see analytics-data.ts), then
 * every analytics endpoint asked over HTTP, with login and validation, by the real API on that
 * read-model file: p50, p95 and max per endpoint over several periods and breakdowns, against the
 * target of 100 ms p95. Takes a few minutes (most of it generating); the data is removed after.
 * Alone: `node -r ./scripts/register.cjs scripts/bench/analytics.ts [cases] [folder to keep the data in]`.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { InMemoryEventStore } from '@satupintu/event-store';
import { ProjectionRunner } from '@satupintu/projections';
import { analyticsProjection, dateOfDay, surveyProjection, witaDayOf } from '@satupintu/read-models';
import { createApp } from '../../apps/api/src/app/create-app';
import { loadConfig } from '../../apps/api/src/config/app-config';
import { READ_MODELS_FILE } from '../../apps/api/src/core/core.module';
import { API_PROJECTIONS } from '../../apps/api/src/core/read-model-projections';
import { generateOffice, type GeneratedOffice } from './analytics-data';
import { elapsedMs, percentile, round } from './stats';

export interface AnalyticsBenchOptions {
  cases?: number;
  years?: number;
  /** Requests per endpoint, spread over its variants. */
  samples?: number;
  /**
   * A folder to keep the generated read models in (some ten minutes of work for a million files):
   * a later run with the same cases and years copies them from there and only asks the endpoints.
   */
  keepIn?: string;
}

const TARGET_P95_MS = 100;

/** The requests of each endpoint: the periods and breakdowns a supervisor asks for. */
function endpoints(today: string): Record<string, string[]> {
  const day = (offset: number) => dateOfDay(witaDayOf(Date.parse(`${today}T12:00:00+08:00`)) + offset);
  const periods = [
    `from=${day(-6)}&to=${today}`,
    `from=${day(-29)}&to=${today}`,
    `from=${day(-89)}&to=${today}`,
    `from=${day(-364)}&to=${today}`,
    `from=${day(-3 * 365)}&to=${day(-400)}`,
  ];
  return {
    bottlenecks: [
      ...periods.map((p) => `/api/analytics/bottlenecks?${p}`),
      `/api/analytics/bottlenecks?${periods[1]}&groupBy=service`,
      `/api/analytics/bottlenecks?${periods[3]}&groupBy=service,subdivision`,
      `/api/analytics/bottlenecks?${periods[2]}&serviceCode=KP-REG&groupBy=subdivision`,
    ],
    initials: ['/api/analytics/initials', '/api/analytics/initials?files=50'],
    sla: [`/api/analytics/sla?${periods[1]}`, `/api/analytics/sla?${periods[3]}&serviceCode=KARIS`],
    slaBreached: ['/api/analytics/sla/breached?limit=50', '/api/analytics/sla/breached?limit=200&serviceCode=MUT-MASUK'],
    slaDueSoon: ['/api/analytics/sla/due-soon?limit=50'],
    throughput: [`/api/analytics/throughput?${periods[1]}`, `/api/analytics/throughput?${periods[3]}`, `/api/analytics/throughput?${periods[4]}&serviceCode=PEN-BUP`],
    heatmap: [`/api/analytics/heatmap?${periods[1]}&thresholds=24,72`, `/api/analytics/heatmap?metric=wip`, `/api/analytics/heatmap?${periods[3]}&metric=p90`],
    ikm: [`/api/analytics/ikm?${periods[1]}`, `/api/analytics/ikm?${periods[3]}`, `/api/analytics/ikm?${periods[4]}&serviceCode=KARIS`],
  };
}

/** The API's read-model file with every table, the analytics and survey tables filled from a generated office. */
async function generate(file: string, cases: number, years: number): Promise<GeneratedOffice> {
  // Every table, checkpoints at the start (as for an empty store)…
  const runner = new ProjectionRunner({ store: new InMemoryEventStore(), filename: file, projections: API_PROJECTIONS });
  await runner.start();
  await runner.close();
  // …and the analytics tables filled by their projections from the generated events.
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // A bench file, not the office's: no syncing, a big cache, the file mapped, nobody else to lock out.
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  db.pragma('mmap_size = 4294967296');
  db.pragma('locking_mode = EXCLUSIVE');
  const office = generateOffice(db, {
    cases,
    years,
    projections: [analyticsProjection, surveyProjection],
    onProgress: (done) => {
      if (process.stderr.isTTY) process.stderr.write(`\ranalytics bench: ${done.toLocaleString('en')} events`);
    },
  });
  if (process.stderr.isTTY) process.stderr.write('\n');
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return office;
}

interface KeptOffice extends GeneratedOffice {
  requested: { cases: number; years: number };
  /** Set when this run copied the data an earlier run generated. */
  keptFrom?: string;
}

/** `generate`, or a copy of what an earlier run with the same cases and years kept in `folder`. */
async function generateOnce(file: string, cases: number, years: number, folder: string): Promise<KeptOffice> {
  const keptFile = join(folder, READ_MODELS_FILE);
  const keptOffice = join(folder, 'office.json');
  if (existsSync(keptFile) && existsSync(keptOffice)) {
    const kept = JSON.parse(readFileSync(keptOffice, 'utf8')) as KeptOffice;
    if (kept.requested.cases === cases && kept.requested.years === years) {
      copyFileSync(keptFile, file);
      return { ...kept, keptFrom: folder };
    }
  }
  const office = { ...(await generate(file, cases, years)), requested: { cases, years } };
  mkdirSync(folder, { recursive: true });
  copyFileSync(file, keptFile);
  writeFileSync(keptOffice, JSON.stringify(office));
  return office;
}

export async function benchAnalytics(options: AnalyticsBenchOptions = {}) {
  const cases = options.cases ?? 1_000_000;
  const years = options.years ?? 5;
  const samples = options.samples ?? 60;
  const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-bench-analytics-'));
  try {
    const file = join(dataDir, READ_MODELS_FILE);
    const office: GeneratedOffice & { keptFrom?: string } =
      options.keepIn === undefined ? await generate(file, cases, years) : await generateOnce(file, cases, years, options.keepIn);
    const fileMb = round(statSync(file).size / 1e6, 0);

    // The real API on that file, as of the last moment of the generated span.
    const now = new Date(office.endMs - 60_000);
    const base = loadConfig({ SATUPINTU_DATA: dataDir, SATUPINTU_DEMO_CASES: '0' });
    const app = await createApp({
      ...base,
      port: 0,
      host: '127.0.0.1',
      logging: false,
      clock: () => now,
      followUp: {
        ...base.followUp,
        expiryIntervalMs: 0,
        reminders: { ...base.followUp.reminders, intervalMs: 0 },
        sms: { ...base.followUp.sms, intervalMs: 0 },
      },
    });
    try {
      const url = await app.getUrl();
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'supervisor', password: 'demo' }),
      });
      const { token } = (await login.json()) as { token: string };
      // Wall-clock time, and the CPU time this process (the API and its client) spent on the request:
      // on a shared machine the first follows what other processes leave, the second hardly does.
      const get = async (path: string) => {
        const started = process.hrtime.bigint();
        const cpu = process.cpuUsage();
        const response = await fetch(`${url}${path}`, { headers: { authorization: `Bearer ${token}` } });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
        const used = process.cpuUsage(cpu);
        return { wallMs: elapsedMs(started), cpuMs: (used.user + used.system) / 1000 };
      };

      // The machine may be shared: its load (1, 5, 15 min) beside the figures says how busy it was.
      const loadAverageBefore = loadavg().map((load) => round(load, 2));
      const results: Record<
        string,
        { p50: number; p95: number; max: number; cpuP50: number; cpuP95: number; requests: number; meetsTarget: boolean }
      > = {};
      for (const [name, paths] of Object.entries(endpoints(dateOfDay(witaDayOf(now.getTime()))))) {
        for (const path of paths) await get(path); // warm-up: statements prepared, pages cached
        const measured: { wallMs: number; cpuMs: number }[] = [];
        for (let i = 0; i < samples; i++) measured.push(await get(paths[i % paths.length]));
        const latencies = measured.map((m) => m.wallMs).sort((a, b) => a - b);
        const cpu = measured.map((m) => m.cpuMs).sort((a, b) => a - b);
        const p95 = round(percentile(latencies, 95), 1);
        results[name] = {
          p50: round(percentile(latencies, 50), 1),
          p95,
          max: round(latencies[latencies.length - 1], 1),
          cpuP50: round(percentile(cpu, 50), 1),
          cpuP95: round(percentile(cpu, 95), 1),
          requests: latencies.length,
          meetsTarget: p95 < TARGET_P95_MS,
        };
      }
      return {
        data: {
          cases: office.cases,
          events: office.events,
          surveys: office.surveys,
          openAtEnd: office.openAtEnd,
          span: { from: dateOfDay(witaDayOf(office.startMs)), to: dateOfDay(witaDayOf(office.endMs - 1)) },
          generatedInSeconds: round(office.seconds, 1),
          ...(office.keptFrom === undefined ? {} : { copiedFrom: office.keptFrom }),
          eventsAppliedPerSecond: Math.round(office.events / office.seconds),
          readModelFileMb: fileMb,
        },
        targetP95Ms: TARGET_P95_MS,
        loadAverage: { beforeRequests: loadAverageBefore, afterRequests: loadavg().map((load) => round(load, 2)) },
        endpointsMs: results,
        allMeetTarget: Object.values(results).every((r) => r.meetsTarget),
      };
    } finally {
      await app.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const cases = process.argv[2] === undefined ? undefined : Number(process.argv[2]);
  benchAnalytics({ cases, keepIn: process.argv[3] }).then((report) => console.log(JSON.stringify(report, null, 2)));
}
