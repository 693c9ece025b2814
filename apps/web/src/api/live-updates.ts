import { shownLanguage } from '../i18n/i18n';
import { session } from './session';
import { SseParser } from './sse-parser';

/** One change of a case, as GET /api/events sends it (see apps/api/src/events/case-change.ts). */
export interface CaseChange {
  caseId: string;
  kind: string;
  revision: number;
  type: string;
  state: string;
  at: string;
  position: number;
}

export type LiveStatus = 'connecting' | 'live' | 'offline';

export interface LiveUpdatesHandlers {
  change(change: CaseChange): void;
  status(status: LiveStatus): void;
  /** The stream (re)connected: changes made while it was down were not seen. */
  reconnected(): void;
}

const FIRST_RETRY_MS = 1_000;
const MAX_RETRY_MS = 30_000;

/**
 * Follows GET /api/events with fetch and a stream reader, because EventSource cannot send the
 * Authorization header. Reconnects by itself (after the server's `retry:` advice, backing off
 * while it fails) until `stop()`.
 */
export function followCaseChanges(
  handlers: LiveUpdatesHandlers,
  origin = location.origin,
): () => void {
  const abort = new AbortController();
  let retryMs = FIRST_RETRY_MS;
  let connectedBefore = false;

  const wait = (ms: number) =>
    new Promise<void>((done) => {
      const timer = setTimeout(done, ms);
      abort.signal.addEventListener('abort', () => {
        clearTimeout(timer);
        done();
      });
    });

  async function readOnce(): Promise<void> {
    const token = session.token();
    if (token === null) throw new Error('not logged in');
    handlers.status('connecting');
    const response = await fetch(`${origin}/api/events`, {
      headers: {
        authorization: `Bearer ${token}`,
        accept: 'text/event-stream',
        'accept-language': shownLanguage(),
      },
      signal: abort.signal,
      cache: 'no-store',
    });
    if (!response.ok || response.body === null) throw new Error(`events: ${response.status}`);
    handlers.status('live');
    if (connectedBefore) handlers.reconnected();
    connectedBefore = true;
    retryMs = FIRST_RETRY_MS;
    const parser = new SseParser((event) => {
      if (event.retry !== undefined) retryMs = event.retry;
      if (event.event !== 'case') return;
      try {
        handlers.change(JSON.parse(event.data) as CaseChange);
      } catch {
        // A message we cannot read is skipped; the next one still counts.
      }
    });
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      parser.push(value);
    }
  }

  void (async () => {
    while (!abort.signal.aborted && session.token() !== null) {
      try {
        await readOnce();
      } catch {
        if (abort.signal.aborted) break;
        retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
      }
      if (abort.signal.aborted) break;
      handlers.status('offline');
      await wait(retryMs);
    }
  })();

  return () => abort.abort();
}
