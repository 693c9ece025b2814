import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/client';
import { followCaseChanges, type LiveStatus } from '../api/live-updates';
import { ApiProblem, request } from '../api/problem';
import type { CaseItem } from '../api/types';

export type QueueScope = 'mine' | 'all';

const PAGE_SIZE = 200;
/** More than a desk ever holds: the list stops here rather than loading without end. */
const MAX_CASES = 5_000;

async function loadAll(scope: QueueScope): Promise<CaseItem[]> {
  const items: CaseItem[] = [];
  let cursor: string | undefined;
  do {
    const page = await request(() =>
      api.GET('/api/cases', {
        params: {
          query: {
            kind: 'berkas',
            limit: PAGE_SIZE,
            ...(scope === 'mine' ? { mine: 'true' as const } : {}),
            ...(cursor !== undefined ? { cursor } : {}),
          },
        },
      }),
    );
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined && items.length < MAX_CASES);
  return items;
}

/** Whether a case belongs in the list: in "mine", only when I may act on it now. */
async function loadOne(id: string, scope: QueueScope): Promise<CaseItem | null> {
  try {
    const detail = await request(() => api.GET('/api/cases/{id}', { params: { path: { id } } }));
    if (scope === 'mine' && detail.allowedActions.length === 0) return null;
    const { allowedActions: _allowed, waitingOn: _waiting, ...item } = detail;
    return item;
  } catch (problem) {
    if (problem instanceof ApiProblem && problem.status === 404) return null;
    throw problem;
  }
}

export interface Queue {
  items: CaseItem[] | undefined;
  error: unknown;
  live: LiveStatus;
  /** Case ids changed by live updates since the page opened (shown as "updated"). */
  updated: ReadonlySet<string>;
  reload(): void;
}

/**
 * My queue (or every file), loaded whole and kept current by live updates: a change refetches
 * only that case; a reconnect reloads everything, since changes may have been missed.
 */
export function useQueue(scope: QueueScope): Queue {
  const [items, setItems] = useState<CaseItem[] | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [live, setLive] = useState<LiveStatus>('connecting');
  const [updated, setUpdated] = useState<ReadonlySet<string>>(new Set());
  const generation = useRef(0);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    loadAll(scope).then(
      (all) => {
        if (mine !== generation.current) return;
        setItems(all);
        setError(undefined);
      },
      (problem: unknown) => {
        if (mine === generation.current) setError(problem);
      },
    );
  }, [scope]);

  useEffect(() => {
    setItems(undefined);
    reload();
    const refreshOne = (id: string) => {
      const mine = generation.current;
      loadOne(id, scope).then(
        (item) => {
          if (mine !== generation.current) return;
          setItems((old) => {
            if (old === undefined) return old;
            const rest = old.filter((other) => other.id !== id);
            return item === null ? rest : [...rest, item];
          });
          setUpdated((old) => new Set(old).add(id));
        },
        () => undefined,
      );
    };
    return followCaseChanges({
      change: (change) => {
        if (change.kind === 'berkas') refreshOne(change.caseId);
      },
      status: setLive,
      reconnected: reload,
    });
  }, [scope, reload]);

  return { items, error, live, updated, reload };
}
