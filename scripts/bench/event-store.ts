/**
 * Event store benchmark: what the disk allows (raw better-sqlite3 with the adapter's
 * pragmas) against what SqliteEventStore delivers with group commit.
 *
 *     node -r @swc-node/register scripts/bench/event-store.ts
 *
 * Everything runs on a fresh file under os.tmpdir(), deleted afterwards. Each measurement
 * runs for a fixed time rather than a fixed count, so the total stays near 10 s on any disk.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { ExpectedRevision, NewEvent } from '../../libs/event-store/src';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite';

export interface EventStoreBenchOptions {
  /** Length of each timed measurement. Default 2 s (the concurrent one runs 1.5x that). */
  secondsPerMeasurement?: number;
  /** Concurrent appenders in the group-commit measurement. Default 1000. */
  concurrentAppenders?: number;
}

export interface LatencyFigures {
  samples: number;
  p50: number;
  p99: number;
  max: number;
}

export interface EventStoreBenchResult {
  environment: { node: string; sqlite: string; platform: string; cpus: number; tmpdir: string };
  pragmas: { journal_mode: string; synchronous: string };
  raw: {
    /** One INSERT per transaction: each commit syncs the WAL. The ceiling for unbatched appends. */
    singleRowTransactionsPerSecond: number;
    batchSize: number;
    batchedRowsPerSecond: number;
    batchedTransactionsPerSecond: number;
  };
  store: {
    concurrentAppenders: number;
    appendsPerSecond: number;
    transactions: number;
    meanAppendsPerTransaction: number;
    /** Time from appendToStream() to its acknowledgement, under that load (ms). */
    latencyUnderLoadMs: LatencyFigures;
  };
  /** One append at a time, each awaited (ms). */
  singleAppendLatencyMs: LatencyFigures;
  durationMs: number;
}

const BATCH_SIZE = 100;
/** Enough single-row commits (several WAL pages each) to pass the 1000-page auto-checkpoint. */
const WARM_UP_COMMITS = 600;
const PAYLOAD = {
  caseId: 'PTSP-2024-000123',
  service: 'kenaikan-pangkat',
  applicant: { nip: '199001012015031001', name: 'Siti Rahmawati', unit: 'Biro Kepegawaian' },
  documents: ['sk-pangkat-terakhir.pdf', 'skp-2023.pdf'],
};

function aNewEvent(): NewEvent {
  return { id: randomUUID(), type: 'PermohonanDiajukan', data: PAYLOAD, metadata: { correlationId: randomUUID() } };
}

function percentile(sorted: number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

function latencyFigures(samplesMs: number[]): LatencyFigures {
  const sorted = [...samplesMs].sort((a, b) => a - b);
  const round = (ms: number): number => Math.round(ms * 1000) / 1000;
  return { samples: sorted.length, p50: round(percentile(sorted, 0.5)), p99: round(percentile(sorted, 0.99)), max: round(sorted[sorted.length - 1] ?? Number.NaN) };
}

const perSecond = (count: number, elapsedMs: number): number => Math.round((count * 1000) / elapsedMs);
const nowMs = (): number => performance.now();

/** A raw connection with exactly the adapter's durability pragmas, on a file whose schema the adapter created. */
function openRaw(file: string): Database.Database {
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  return db;
}

/**
 * Commits single rows until SQLite has checkpointed and started reusing the WAL. A fresh file
 * first pays for growing the WAL (file-size changes make every sync dearer); a long-running
 * store lives in the reuse regime, and every measurement should start from it alike.
 */
function warmUp(file: string): void {
  const db = openRaw(file);
  try {
    const insert = db.prepare(
      `INSERT INTO events (stream_id, revision, event_id, type, data, metadata, recorded_at) VALUES ('warm-up', ?, ?, 'WarmUp', '{}', '{}', '')`,
    );
    for (let revision = 0; revision < WARM_UP_COMMITS; revision += 1) insert.run(revision, randomUUID());
  } finally {
    db.close();
  }
}

/** Creates the file with the adapter's own schema (so raw rows cost what appends cost), warmed up. */
async function preparedFile(file: string): Promise<string> {
  await new SqliteEventStore(file).close();
  warmUp(file);
  return file;
}

function measureRaw(file: string, seconds: number): EventStoreBenchResult['raw'] & { pragmas: EventStoreBenchResult['pragmas']; sqlite: string } {
  const db = openRaw(file);
  try {
    const insert = db.prepare(
      `INSERT INTO events (stream_id, revision, event_id, type, data, metadata, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    let revision = 0;
    const insertOne = (streamId: string): void => {
      const event = aNewEvent();
      insert.run(streamId, revision++, event.id, event.type, JSON.stringify(event.data), JSON.stringify(event.metadata), new Date().toISOString());
    };

    let single = 0;
    const singleStart = nowMs();
    while (nowMs() - singleStart < seconds * 1000) {
      insertOne('raw-single'); // autocommit: one transaction, one sync
      single += 1;
    }
    const singleElapsed = nowMs() - singleStart;

    revision = 0;
    const insertBatch = db.transaction(() => {
      for (let n = 0; n < BATCH_SIZE; n += 1) insertOne('raw-batched');
    });
    let batches = 0;
    const batchStart = nowMs();
    while (nowMs() - batchStart < seconds * 1000) {
      insertBatch();
      batches += 1;
    }
    const batchElapsed = nowMs() - batchStart;

    return {
      singleRowTransactionsPerSecond: perSecond(single, singleElapsed),
      batchSize: BATCH_SIZE,
      batchedRowsPerSecond: perSecond(batches * BATCH_SIZE, batchElapsed),
      batchedTransactionsPerSecond: perSecond(batches, batchElapsed),
      pragmas: {
        journal_mode: String(db.pragma('journal_mode', { simple: true })),
        synchronous: ['OFF', 'NORMAL', 'FULL', 'EXTRA'][Number(db.pragma('synchronous', { simple: true }))] ?? 'unknown',
      },
      sqlite: String(db.prepare('SELECT sqlite_version()').pluck().get()),
    };
  } finally {
    db.close();
  }
}

async function measureConcurrentAppends(store: SqliteEventStore, appenders: number, seconds: number): Promise<EventStoreBenchResult['store']> {
  const latencies: number[] = [];
  const before = store.stats;
  const start = nowMs();
  const deadline = start + seconds * 1000;
  let appends = 0;
  await Promise.all(
    Array.from({ length: appenders }, async (_, k) => {
      let expectedRevision: ExpectedRevision = 'no_stream';
      while (nowMs() < deadline) {
        const issued = nowMs();
        const result = await store.appendToStream(`bench-concurrent-${k}`, [aNewEvent()], { expectedRevision });
        latencies.push(nowMs() - issued);
        expectedRevision = result.nextExpectedRevision;
        appends += 1;
      }
    }),
  );
  const elapsed = nowMs() - start;
  const transactions = store.stats.transactions - before.transactions;
  return {
    concurrentAppenders: appenders,
    appendsPerSecond: perSecond(appends, elapsed),
    transactions,
    meanAppendsPerTransaction: Math.round((appends / transactions) * 10) / 10,
    latencyUnderLoadMs: latencyFigures(latencies),
  };
}

async function measureSingleAppendLatency(store: SqliteEventStore, seconds: number): Promise<LatencyFigures> {
  const latencies: number[] = [];
  const deadline = nowMs() + seconds * 1000;
  let expectedRevision: ExpectedRevision = 'no_stream';
  while (nowMs() < deadline) {
    const issued = nowMs();
    const result = await store.appendToStream('bench-sequential', [aNewEvent()], { expectedRevision });
    latencies.push(nowMs() - issued);
    expectedRevision = result.nextExpectedRevision;
  }
  return latencyFigures(latencies);
}

export async function benchEventStore(options: EventStoreBenchOptions = {}): Promise<EventStoreBenchResult> {
  const seconds = options.secondsPerMeasurement ?? 2;
  const appenders = options.concurrentAppenders ?? 1000;
  const directory = mkdtempSync(join(tmpdir(), 'satupintu-bench-'));
  const started = nowMs();
  try {
    const { pragmas, sqlite, ...raw } = measureRaw(await preparedFile(join(directory, 'raw.sqlite')), seconds);

    const store = new SqliteEventStore(await preparedFile(join(directory, 'store.sqlite')));
    try {
      const concurrent = await measureConcurrentAppends(store, appenders, seconds * 1.5);
      const singleAppendLatencyMs = await measureSingleAppendLatency(store, seconds);
      return {
        environment: { node: process.version, sqlite, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, tmpdir: tmpdir() },
        pragmas,
        raw,
        store: concurrent,
        singleAppendLatencyMs,
        durationMs: Math.round(nowMs() - started),
      };
    } finally {
      await store.close();
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchEventStore().then(
    (result) => process.stdout.write(`${JSON.stringify(result, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
