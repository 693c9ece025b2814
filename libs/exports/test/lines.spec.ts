import type { JsonObject } from '@satupintu/event-store';
import { CSV_COLUMNS, csvCell, exportLog, REDACTED } from '../src';
import { collect, demoLog, SECRET_HASH, type DemoLog } from './support/demo-log';

/** RFC 4180 rows, read back: quoted fields may hold commas, doubled quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe('JSON lines and CSV exports', () => {
  let log: DemoLog;
  beforeAll(async () => {
    log = await demoLog(12);
  });
  afterAll(() => log.remove());

  it('JSON lines: one stored event per line, in global order, equal to the store but for password hashes', async () => {
    const text = await collect(exportLog(log.store, { format: 'jsonl' }).chunks);
    expect(text.endsWith('\n')).toBe(true);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as JsonObject);
    expect(lines).toHaveLength(log.events.length);
    const withoutSecrets = log.events.map((e) =>
      e.type === 'UserCreated'
        ? { ...e, data: { ...(e.data as JsonObject), passwordHash: REDACTED } }
        : e,
    );
    expect(lines).toEqual(withoutSecrets);
    expect(text).not.toContain(SECRET_HASH);
  });

  it('CSV: a header, then one row per event with every column, the data as its JSON', async () => {
    const text = await collect(exportLog(log.store, { format: 'csv' }).chunks);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(log.events.length);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const column = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    rows.forEach((row, i) => {
      const event = log.events[i];
      expect([
        row[column('position')],
        row[column('stream_id')],
        row[column('event_id')],
        row[column('type')],
      ]).toEqual([String(event.position), event.streamId, event.id, event.type]);
    });
    const returned = rows.find((row) => row[column('type')] === 'FileReturned')!;
    const stored = log.events.find((e) => e.id === returned[column('event_id')])!;
    expect(JSON.parse(returned[column('data')])).toEqual(stored.data);
    expect(returned[column('hash')]).toBe(stored.metadata.hash);
    expect(returned[column('state_before')]).toBe('verification');
    expect(text).not.toContain(SECRET_HASH);
  });

  it('CSV cells: quoted when needed, and a cell a spreadsheet would run as a formula is defused', () => {
    expect(csvCell('Budi, S.H.')).toBe('"Budi, S.H."');
    expect(csvCell('kata "kutip"')).toBe('"kata ""kutip"""');
    expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(null)).toBe('');
    expect(csvCell(42)).toBe('42');
  });

  it('given a period, then only the events whose own time falls within it', async () => {
    const from = new Date('2026-03-01T00:00:00.000Z');
    const to = new Date('2026-03-10T00:00:00.000Z');
    const text = await collect(
      exportLog(log.store, { format: 'jsonl', period: { from, to } }).chunks,
    );
    const ids = text
      .trimEnd()
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { id: string }).id);
    const expected = log.events.filter((e) => {
      const at = Date.parse(String(e.metadata.occurredAt ?? e.recordedAt));
      return at >= from.getTime() && at < to.getTime();
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(ids).toEqual(expected.map((e) => e.id));
  });
});
