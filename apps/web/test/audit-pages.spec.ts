import type { LogEvent, LogPage } from '../src/audit/audit-api';
import { filenameFrom } from '../src/audit/download';
import { gatherLog, LOG_SCREEN } from '../src/audit/log-pages';
import { changedKeys } from '../src/audit/use-case-audit';

describe("An export's file name", () => {
  it('is the one the server gives in Content-Disposition', () => {
    expect(filenameFrom('attachment; filename="satupintu-log-from-2026-03-01.xes"', 'x.xes')).toBe(
      'satupintu-log-from-2026-03-01.xes',
    );
    expect(filenameFrom("attachment; filename*=UTF-8''log%20maret.csv", 'x.csv')).toBe(
      'log maret.csv',
    );
    expect(filenameFrom('attachment; filename=log.jsonl', 'x.jsonl')).toBe('log.jsonl');
  });

  it('never names a folder, and falls back when there is no name', () => {
    expect(filenameFrom('attachment; filename="../../etc/passwd"', 'x.xes')).toBe('passwd');
    expect(filenameFrom('attachment', 'satupintu-log.xes')).toBe('satupintu-log.xes');
    expect(filenameFrom(null, 'satupintu-log.ocel')).toBe('satupintu-log.ocel');
  });
});

describe('Gathering the audit log a screen at a time', () => {
  const event = (position: number) => ({ position }) as LogEvent;
  const pages = (sizes: number[]) => {
    let position = 0;
    const asked: Array<string | null> = [];
    const fetchPage = async (cursor: string | null): Promise<LogPage> => {
      asked.push(cursor);
      const index = cursor === null ? 0 : Number(cursor);
      const items = Array.from({ length: sizes[index] }, () => event(++position));
      return { items, nextCursor: index + 1 < sizes.length ? String(index + 1) : null };
    };
    return { fetchPage, asked };
  };

  it('follows the cursor over pages that held few events, until a screen is full', async () => {
    const log = pages([0, 10, 0, 45, 30]);
    const screen = await gatherLog(log.fetchPage, null);
    expect(log.asked).toEqual([null, '1', '2', '3']);
    expect(screen.items).toHaveLength(55);
    expect(screen.items.length).toBeGreaterThanOrEqual(LOG_SCREEN);
    expect(screen.nextCursor).toBe('4');
    const rest = await gatherLog(log.fetchPage, screen.nextCursor);
    expect(rest).toEqual({ items: expect.any(Array), nextCursor: null });
    expect(rest.items.map((e) => e.position)).toEqual(Array.from({ length: 30 }, (_, i) => 56 + i));
  });

  it('stops at the end of the log, and after a bounded number of requests', async () => {
    expect(await gatherLog(pages([3]).fetchPage, null)).toEqual({
      items: [event(1), event(2), event(3)],
      nextCursor: null,
    });
    const empty = pages(Array.from({ length: 100 }, () => 0));
    const screen = await gatherLog(empty.fetchPage, null);
    expect(screen.items).toEqual([]);
    expect(empty.asked.length).toBe(20);
    expect(screen.nextCursor).toBe('20');
  });
});

describe("What a step changed in the machine's context", () => {
  it('names the keys whose values differ from the step before', () => {
    expect(
      changedKeys(
        { subdivision: null, chainIndex: 0, initials: [] },
        { subdivision: 'kepangkatan', chainIndex: 0, initials: [], draftSummary: 'x' },
      ),
    ).toEqual(new Set(['subdivision', 'draftSummary']));
    expect(changedKeys({ initials: [{ by: 'a' }] }, { initials: [{ by: 'a' }] })).toEqual(
      new Set(),
    );
  });

  it('marks nothing on the first step', () => {
    expect(changedKeys(undefined, { subdivision: null })).toEqual(new Set());
  });
});
