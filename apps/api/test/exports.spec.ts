import { execFile } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { EventStore, RecordedEvent } from '@satupintu/event-store';
import { EVENT_STORE } from '../src/core/tokens';
import { appendBulkCases } from './fixtures/bulk-events';
import { startTestApp, type TestApp } from './fixtures/test-app';

const XSD = resolve(__dirname, '../../../libs/exports/standards/xes-ieee1849-2016.xsd');
const isCase = (e: RecordedEvent) => /^(berkas|konsultasi)-/.test(e.streamId);

/** Downloads of the log over real HTTP, from a store with the demo's files in every state. */
describe('API: exports of the log', () => {
  let t: TestApp;
  let auditor: string;
  let events: RecordedEvent[];

  /** The answer with its body as text: JSON lines are not one JSON document. */
  const download = async (query: string, token: string | null = auditor) => {
    const response = await fetch(`${t.url}/api/exports${query}`, {
      headers: token === null ? {} : { authorization: `Bearer ${token}` },
    });
    const text = await response.text();
    const json = response.headers.get('content-type')?.startsWith('application/json');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are whatever the server sent; assertions check them
    const body: any = json ? JSON.parse(text) : text;
    return { status: response.status, headers: response.headers, body };
  };

  beforeAll(async () => {
    t = await startTestApp({ demoCases: 24 });
    auditor = await t.login('auditor');
    events = await t.app.get<EventStore>(EVENT_STORE).readAll();
  });
  afterAll(() => t.close());

  it('XES: an attachment named for the log, streamed, valid against the IEEE 1849 schema, one trace per case', async () => {
    const answer = await download('?format=xes');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toBe(
      'attachment; filename="satupintu-log-all.xes"',
    );
    expect(answer.headers.get('transfer-encoding')).toBe('chunked');
    expect(answer.headers.get('content-length')).toBeNull();
    const file = join(t.dataDir, 'download.xes');
    writeFileSync(file, answer.body as string);
    const lint = await promisify(execFile)('xmllint', ['--noout', '--schema', XSD, file]);
    expect(lint.stderr).toContain('validates');
    const traces = (answer.body as string).match(/<trace>/g) ?? [];
    expect(traces).toHaveLength(new Set(events.filter(isCase).map((e) => e.streamId)).size);
  });

  it('OCEL 2.0: every event of the log (number sequences aside) with its objects', async () => {
    const answer = await download('?format=ocel');
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('content-disposition')).toBe(
      'attachment; filename="satupintu-log-all.jsonocel"',
    );
    const ocel = answer.body as { events: Array<{ id: string }>; objects: Array<{ type: string }> };
    expect(ocel.events.map((e) => e.id)).toEqual(
      events.filter((e) => !e.streamId.startsWith('sequence-')).map((e) => e.id),
    );
    expect(new Set(ocel.objects.map((o) => o.type))).toEqual(
      new Set(['case', 'official', 'letter']),
    );
  });

  it('CSV and JSON lines of a period: only its events, the file named after it', async () => {
    const times = events
      .filter(isCase)
      .map((e) => String(e.metadata.occurredAt))
      .sort();
    const from = times[Math.floor(times.length / 2)].slice(0, 10);
    const expected = events.filter(
      (e) => String(e.metadata.occurredAt ?? e.recordedAt) >= `${from}T00:00:00.000Z`,
    );
    const csv = await download(`?format=csv&from=${from}T00:00:00Z`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="satupintu-log-from-${from}T00-00-00Z.csv"`,
    );
    const rows = (csv.body as string).trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^position,stream_id,revision,event_id,type,occurred_at,/);
    expect(rows).toHaveLength(expected.length + 1);
    const jsonl = await download(`?format=jsonl&from=${from}T00:00:00Z&to=2099-12-31`);
    expect(jsonl.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    expect(jsonl.headers.get('content-disposition')).toBe(
      `attachment; filename="satupintu-log-from-${from}T00-00-00Z-to-2099-12-31.jsonl"`,
    );
    const lines = (jsonl.body as string)
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { id: string });
    expect(lines.map((l) => l.id)).toEqual(expected.map((e) => e.id));
    expect(expected.some((e) => e.type === 'UserCreated')).toBe(true);
    expect(jsonl.body).not.toContain('scrypt$');
  });

  it('is for auditors and admins: others get 403, nobody without logging in', async () => {
    expect((await download('?format=jsonl', await t.login('admin'))).status).toBe(200);
    for (const username of ['supervisor', 'front-office', 'numberer']) {
      expect((await download('?format=jsonl', await t.login(username))).status).toBe(403);
    }
    expect((await download('?format=jsonl', null)).status).toBe(401);
  });

  it.each([
    ['?', 'format'],
    ['?format=pdf', 'format'],
    ['?format=xes&from=2026-02-30', 'from'],
    ['?format=xes&from=2026-03-02&to=2026-03-01', 'to'],
    ['?format=xes&to=next-week', 'to'],
  ])('refuses %s naming %s (400), before sending anything', async (query, field) => {
    const answer = await download(query);
    expect(answer.status).toBe(400);
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    expect(Object.keys(answer.body.details.fields)).toEqual([field]);
  });

  it('given a client that goes away mid-download, then the export stops and leaves no temporary file behind', async () => {
    await appendBulkCases(t.app.get<EventStore>(EVENT_STORE), 3000);
    const spool = join(t.dataDir, 'export-spool');
    const abort = new AbortController();
    const response = await fetch(`${t.url}/api/exports?format=ocel`, {
      headers: { authorization: `Bearer ${auditor}` },
      signal: abort.signal,
    });
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(readdirSync(spool)).toHaveLength(1);
    abort.abort();
    for (let waited = 0; readdirSync(spool).length > 0 && waited < 20_000; waited += 50)
      await sleep(50);
    expect(existsSync(spool) ? readdirSync(spool) : []).toEqual([]);
    expect((await t.request('GET', '/api/health')).status).toBe(200);
  });
});
