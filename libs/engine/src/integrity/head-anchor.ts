import type { RecordedEvent } from '@satupintu/event-store';

/**
 * The hash chain proves that the events a stream still holds link up; it cannot see events cut
 * off at the stream's end, nor a stream rewritten from its first event with every hash
 * recomputed. An anchor is a point of the stream remembered outside the event store (the anchor
 * ledger): "its event at this revision had this hash". Comparing the stream with its anchors
 * finds both.
 */
export interface StreamAnchor {
  revision: number;
  /** The event's `metadata.hash` as the ledger saw it; null for an event stored without one. */
  hash: string | null;
}

/** What the ledger knows of one stream: the points it saw, oldest first. */
export interface StreamAnchors {
  points: readonly StreamAnchor[];
  /**
   * Set when the ledger's own rows for this stream do not hold (a row edited or removed behind
   * its back): the anchor then proves nothing, and the audit says so at `revision`.
   */
  ledgerProblem?: { revision: number; problem: string };
}

/** The chain's verdict as the issue shapes it, with the reason in words when the anchor decided it. */
export interface ChainVerdict {
  intact: boolean;
  /** The first revision where the proof fails: an altered event's, or the first missing one. */
  brokenAt?: number;
  reason?: string;
}

/**
 * Compares a stream's stored events with its anchors. The stream ending before an anchored
 * revision → not intact at the first missing revision; the event at an anchored revision with
 * another hash than anchored → not intact there (rewritten at or before it). No anchors: nothing
 * to compare, intact as far as the anchor can tell.
 */
export function checkAnchors(events: readonly RecordedEvent[], anchors: StreamAnchors): ChainVerdict {
  if (anchors.ledgerProblem !== undefined) {
    const { revision, problem } = anchors.ledgerProblem;
    return { intact: false, brokenAt: revision, reason: `the anchor ledger does not hold (${problem}): the stream's end cannot be proven` };
  }
  if (anchors.points.length === 0) return { intact: true };
  const byRevision = new Map(events.map((event) => [event.revision, event]));
  const lastStored = events.reduce((last, event) => Math.max(last, event.revision), -1);
  const head = anchors.points.reduce((a, b) => (b.revision > a.revision ? b : a));
  for (const anchor of [...anchors.points].sort((a, b) => a.revision - b.revision)) {
    const event = byRevision.get(anchor.revision);
    if (event === undefined && anchor.revision > lastStored) {
      const missingFrom = lastStored + 1;
      return {
        intact: false,
        brokenAt: missingFrom,
        reason:
          lastStored < 0
            ? `every event is missing: the anchor saw revision ${head.revision}`
            : `events after revision ${lastStored} are missing: the anchor saw revision ${head.revision}`,
      };
    }
    // An anchored revision missing inside the stream is the chain's finding (the gap); the anchor adds nothing there.
    if (event === undefined) continue;
    const hash = typeof event.metadata.hash === 'string' ? event.metadata.hash : null;
    if (hash !== anchor.hash) {
      return {
        intact: false,
        brokenAt: anchor.revision,
        reason: `the event at revision ${anchor.revision} is not the one the anchor saw (another hash): the stream was rewritten at or before it`,
      };
    }
  }
  return { intact: true };
}

/** Both verdicts together: intact only when both are; broken at the earlier break; the anchor's reason kept. */
export function combineVerdicts(chain: ChainVerdict, anchor: ChainVerdict): ChainVerdict {
  if (anchor.intact) return chain;
  if (chain.intact) return anchor;
  const brokenAt = Math.min(chain.brokenAt ?? 0, anchor.brokenAt ?? 0);
  const reason = anchor.reason ?? chain.reason;
  return reason === undefined ? { intact: false, brokenAt } : { intact: false, brokenAt, reason };
}
