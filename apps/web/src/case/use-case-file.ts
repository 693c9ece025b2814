import { useCallback, useEffect, useRef, useState } from 'react';
import { loadServices, loadWorkflow } from '../api/catalogue';
import { api } from '../api/client';
import { serviceOfFile } from '../api/file-service';
import { followCaseChanges } from '../api/live-updates';
import { request } from '../api/problem';
import type { CaseDetail, HistoryEntry, Service, WorkflowDiagram } from '../api/types';
import { changesSince } from './what-changed';

export interface CaseFile {
  detail: CaseDetail;
  history: HistoryEntry[];
  service: Service | undefined;
  diagram: WorkflowDiagram;
}

/** Someone else moved the case: the steps they took since the user last saw it. */
export interface ForeignChange {
  seenRevision: number;
  steps: HistoryEntry[];
}

async function loadCaseFile(id: string): Promise<CaseFile> {
  const [detail, history, services] = await Promise.all([
    request(() => api.GET('/api/cases/{id}', { params: { path: { id } } })),
    request(() => api.GET('/api/cases/{id}/history', { params: { path: { id } } })),
    loadServices(),
  ]);
  const diagram = await loadWorkflow(detail.kind);
  return {
    detail,
    history,
    diagram,
    service: serviceOfFile(history, services, detail.serviceCode),
  };
}

export interface CaseFileState {
  file: CaseFile | undefined;
  error: unknown;
  /** Set when the case moved under the user's eyes (live) or under their action (409). */
  foreignChange: ForeignChange | undefined;
  /** The user sends an action: live news of this case waits until its answer is in. */
  beginAction(): void;
  /** Reloads after the user's own action (its result's revision is theirs, not news). */
  afterOwnAction(revision: number): Promise<CaseFile | undefined>;
  /** Reloads and reports what others did since `seenRevision`. */
  reloadAfterConflict(seenRevision: number): Promise<CaseFile | undefined>;
  dismissChange(): void;
}

/** The case page's data, following live changes to this one case. */
export function useCaseFile(id: string): CaseFileState {
  const [file, setFile] = useState<CaseFile | undefined>(undefined);
  const [error, setError] = useState<unknown>(undefined);
  const [foreignChange, setForeignChange] = useState<ForeignChange | undefined>(undefined);
  const shown = useRef(-1);
  const own = useRef(new Set<number>());
  const acting = useRef(false);
  const heldBack = useRef<number[]>([]);

  const load = useCallback(async (): Promise<CaseFile | undefined> => {
    try {
      const fresh = await loadCaseFile(id);
      shown.current = Math.max(shown.current, fresh.detail.revision);
      setFile(fresh);
      setError(undefined);
      return fresh;
    } catch (problem) {
      setError(problem);
      return undefined;
    }
  }, [id]);

  const reloadAfterConflict = useCallback(
    async (seenRevision: number) => {
      acting.current = false;
      heldBack.current = [];
      const fresh = await load();
      if (fresh !== undefined) {
        const steps = changesSince(fresh.history, seenRevision).filter(
          (s) => !own.current.has(s.revision),
        );
        setForeignChange({ seenRevision, steps });
      }
      return fresh;
    },
    [load],
  );

  const afterOwnAction = useCallback(
    async (revision: number) => {
      own.current.add(revision);
      const seen = shown.current;
      const news = heldBack.current.filter((r) => r > seen && !own.current.has(r));
      acting.current = false;
      heldBack.current = [];
      // Someone else's step arrived while ours was on its way: say so.
      return news.length > 0 ? reloadAfterConflict(seen) : load();
    },
    [load, reloadAfterConflict],
  );

  useEffect(() => {
    setFile(undefined);
    setForeignChange(undefined);
    shown.current = -1;
    own.current = new Set();
    void load();
    return followCaseChanges({
      change: (change) => {
        if (
          change.caseId !== id ||
          change.revision <= shown.current ||
          own.current.has(change.revision)
        )
          return;
        if (acting.current) heldBack.current.push(change.revision);
        else void reloadAfterConflict(shown.current);
      },
      status: () => undefined,
      reconnected: () => void load(),
    });
  }, [id, load, reloadAfterConflict]);

  return {
    file,
    error,
    foreignChange,
    beginAction: () => {
      acting.current = true;
    },
    afterOwnAction,
    reloadAfterConflict,
    dismissChange: () => setForeignChange(undefined),
  };
}
