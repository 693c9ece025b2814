/**
 * HTTP figures of the API with authentication and validation on, measured with autocannon on this
 * machine: commands/s and latency of POST /api/cases/:id/actions (a dispatcher re-routing files
 * back and forth, each with the right expectedRevision), GETs/s of GET /api/cases/:id, a bare
 * Fastify endpoint in the same run, and the projection lag under the command load; then the same
 * command load with fewer and more connections (requests in flight), and the highest rate among
 * them whose p99 is within the target.
 * The servers run in processes of their own, the load generator here.
 * Alone: `node -r ./scripts/register.cjs scripts/bench/http.ts`; with SATUPINTU_BENCH_CPU_PROF=<folder>
 * the API writes a CPU profile of its event loop under the command load there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon, { type Request, type Result } from 'autocannon';
import { filesInProcessing, login, type CaseSlot } from './http-setup';
import { startChildServer } from './http-child';
import { round } from './stats';
import { cpuMicrosPer, threadCpuMs } from './thread-cpu';

export interface HttpBenchOptions {
  /** Files the command load rotates over (many more than connections: no two requests race on one). */
  files?: number;
  connections?: number;
  /** Seconds per measured run. */
  seconds?: number;
  /** Seconds of the same command load before the measured one, so it measures warm (JIT-compiled) code. */
  warmupSeconds?: number;
  /**
   * Further numbers of connections the command load is measured at, after the main run: the
   * rate against latency, and the highest rate whose p99 stays within the target.
   */
  sweepConnections?: number[];
}

const TARGETS = { commandsPerSecond: 3_000, commandP99Ms: 50, projectionLagMs: 1_000 };

/** Accepted commands only: a refused one (409, 4xx) appends nothing. */
function acceptedPerSecond(result: Result): number {
  return round(
    result.requests.average * (1 - result.non2xx / Math.max(1, result.requests.total)),
    0,
  );
}

interface LoadPoint {
  connections: number;
  commandsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
}

const pointOf = (connections: number, result: Result): LoadPoint => ({
  connections,
  commandsPerSecond: acceptedPerSecond(result),
  latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
});

function figures(result: Result) {
  return {
    requestsPerSecond: round(result.requests.average, 0),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

function run(options: autocannon.Options): Promise<Result> {
  return autocannon({ ...options, timeout: 10 });
}

const flip = (subdivision: string) => (subdivision === 'kepangkatan' ? 'mutasi' : 'kepangkatan');

/** Re-routes between two sub-divisions; each request takes a file nobody else is using and gives it back. */
function redisposeRequests(slots: CaseSlot[], token: string): Request[] {
  const free = [...slots];
  type Context = { slot?: CaseSlot };
  return [
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      setupRequest: (request: Request, context: Context) => {
        const slot = free.shift()!;
        context.slot = slot;
        const subdivision = flip(slot.subdivision);
        return {
          ...request,
          path: `/api/cases/${slot.id}/actions`,
          body: JSON.stringify({
            type: 'redispose',
            expectedRevision: slot.revision,
            subdivision,
            reason: 'Salah disposisi',
          }),
        };
      },
      onResponse: (status: number, body: string, context: Context) => {
        const slot = context.slot!;
        if (status === 200) {
          slot.revision = (JSON.parse(body) as { revision: number }).revision;
          slot.subdivision = flip(slot.subdivision);
        } else if (status === 409) {
          // A request still in flight when the previous run (the warm-up) ended was applied, but its
          // answer never reached this slot: catch up. Each re-routing flips the sub-division.
          const actual = (JSON.parse(body) as { details: { actualRevision: number } }).details
            .actualRevision;
          if ((actual - slot.revision) % 2 === 1) slot.subdivision = flip(slot.subdivision);
          slot.revision = actual;
        }
        free.push(slot);
      },
    } as Request,
  ];
}

/** Samples the API's projection lag (GET /api/health) until stopped. */
function sampleLag(url: string) {
  let maxMs = 0;
  let maxEvents = 0;
  let samples = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      const health = (await (await fetch(`${url}/api/health`)).json()) as {
        projections: { lag: { ms: number; events: number } };
      };
      maxMs = Math.max(maxMs, health.projections.lag.ms);
      maxEvents = Math.max(maxEvents, health.projections.lag.events);
      samples += 1;
      await new Promise((done) => setTimeout(done, 100));
    }
  })();
  return async () => {
    stopped = true;
    await loop;
    return { maxMs, maxEvents, samples };
  };
}

export async function benchHttp(options: HttpBenchOptions = {}) {
  const files = options.files ?? 600;
  const connections = options.connections ?? 64;
  const duration = options.seconds ?? 6;
  const warmup = options.warmupSeconds ?? 3;
  const sweep = options.sweepConnections ?? [32, 48, 72, 80, 96];
  const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-bench-http-'));
  const api = await startChildServer(
    'apps/api/src/main.ts',
    { SATUPINTU_DATA: dataDir, SATUPINTU_DEMO: '1', SATUPINTU_DEMO_CASES: '0' },
    '/api/health',
  );
  const bare = await startChildServer('scripts/bench/bare-fastify.ts', {}, '/bare');
  try {
    const started = Date.now();
    const slots = await filesInProcessing(api.url, files);
    const setupSeconds = (Date.now() - started) / 1000;
    const [dispatcher, auditor] = await Promise.all([
      login(api.url, 'dispatcher'),
      login(api.url, 'auditor'),
    ]);

    const bareRun = await run({ url: `${bare.url}/bare`, connections, duration });
    let next = 0;
    const getRun = await run({
      url: api.url,
      connections,
      duration,
      requests: [
        {
          method: 'GET',
          headers: { authorization: `Bearer ${auditor}` },
          setupRequest: (request: Request) => ({
            ...request,
            path: `/api/cases/${slots[next++ % slots.length].id}`,
          }),
        } as Request,
      ],
    });
    if (warmup > 0)
      await run({
        url: api.url,
        connections,
        duration: warmup,
        requests: redisposeRequests(slots, dispatcher),
      });
    const stopSampling = sampleLag(api.url);
    const apiThreadsBefore = threadCpuMs(api.pid);
    // With SATUPINTU_BENCH_CPU_PROF set, the API profiles its event loop during this run only.
    if (process.env.SATUPINTU_BENCH_CPU_PROF) process.kill(api.pid, 'SIGWINCH');
    const commandRun = await run({
      url: api.url,
      connections,
      duration,
      requests: redisposeRequests(slots, dispatcher),
    });
    const apiCpu = cpuMicrosPer(
      commandRun.requests.total,
      apiThreadsBefore,
      threadCpuMs(api.pid),
      api.pid,
    );
    if (process.env.SATUPINTU_BENCH_CPU_PROF) {
      process.kill(api.pid, 'SIGWINCH');
      await new Promise((done) => setTimeout(done, 1_000));
    }
    const lag = await stopSampling();

    // The same load with fewer and more requests in flight, each after a short warm-up at its level
    // (the writer's and the projection thread's batches grow with the requests in flight).
    const points: LoadPoint[] = [pointOf(connections, commandRun)];
    for (const level of sweep) {
      const requests = redisposeRequests(slots, dispatcher);
      await run({ url: api.url, connections: level, duration: 2, requests });
      const result = await run({ url: api.url, connections: level, duration, requests });
      points.push(pointOf(level, result));
    }
    points.sort((a, b) => a.connections - b.connections);
    const withinP99 = points.filter((point) => point.latencyMs.p99 < TARGETS.commandP99Ms);
    const best = withinP99.reduce<LoadPoint | undefined>(
      (top, point) =>
        top === undefined || point.commandsPerSecond > top.commandsPerSecond ? point : top,
      undefined,
    );

    const commands = figures(commandRun);
    return {
      setup: {
        files,
        seconds: round(setupSeconds, 1),
        cpus: cpus().length,
        connections,
        secondsPerRun: duration,
        warmupSeconds: warmup,
      },
      bareFastify: figures(bareRun),
      getCase: figures(getRun),
      commands: {
        ...commands,
        commandsPerSecond: acceptedPerSecond(commandRun),
        // The API process's CPU per command (Linux): its event loop, and its other threads (the
        // store's writer thread, GC helpers). The load generator runs on the same two cores.
        apiCpuMicrosPerCommand: apiCpu
          ? { mainThread: apiCpu.mainThread, otherThreads: apiCpu.newThreads + apiCpu.otherThreads }
          : null,
      },
      projectionLagUnderCommandLoad: lag,
      // Accepted commands/s and latency by requests in flight.
      commandsByConnections: points,
      // The highest rate among those points whose p99 is within the target: what the API sustains
      // at that latency, with the number of requests in flight that gave it.
      bestCommandsWithinP99Target: best ?? null,
      ratioGetToBare: round(getRun.requests.average / bareRun.requests.average, 3),
      targets: TARGETS,
    };
  } finally {
    await Promise.all([api.stop(), bare.stop()]);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchHttp()
    .then((report) => console.log(JSON.stringify(report, null, 2)))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
