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

/**
 * What an anchor found, as facts: a reader's words are made from it (the API says it in the
 * language asked for; `reason` is the English).
 */
export type AnchorFinding =
  /** The ledger's own rows for the stream do not hold (`problem`: the ledger's words). */
  | { kind: 'ledgerBroken'; problem: string }
  /** The stream has no event left; the anchor saw it up to `anchored`. */
  | { kind: 'everyEventMissing'; anchored: number }
  /** The stream ends at `after`; the anchor saw it up to `anchored`. */
  | { kind: 'eventsMissing'; after: number; anchored: number }
  /** The event at `revision` has another hash than the anchor saw. */
  | { kind: 'rewritten'; revision: number };

/** The chain's verdict as the issue shapes it, with the reason in words when the anchor decided it. */
export interface ChainVerdict {
  intact: boolean;
  /** The first revision where the proof fails: an altered event's, or the first missing one. */
  brokenAt?: number;
  reason?: string;
  /** The reason as facts, when the anchor decided it. */
  finding?: AnchorFinding;
}

/** A finding in English words (the `reason` of a verdict). */
export function anchorReason(finding: AnchorFinding): string {
  switch (finding.kind) {
    case 'ledgerBroken':
      return `the anchor ledger does not hold (${finding.problem}): the stream's end cannot be proven`;
    case 'everyEventMissing':
      return `every event is missing: the anchor saw revision ${finding.anchored}`;
    case 'eventsMissing':
      return `events after revision ${finding.after} are missing: the anchor saw revision ${finding.anchored}`;
    case 'rewritten':
      return `the event at revision ${finding.revision} is not the one the anchor saw (another hash): the stream was rewritten at or before it`;
  }
}

function brokenBy(brokenAt: number, finding: AnchorFinding): ChainVerdict {
  return { intact: false, brokenAt, reason: anchorReason(finding), finding };
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
    return brokenBy(revision, { kind: 'ledgerBroken', problem });
  }
  if (anchors.points.length === 0) return { intact: true };
  const byRevision = new Map(events.map((event) => [event.revision, event]));
  const lastStored = events.reduce((last, event) => Math.max(last, event.revision), -1);
  const head = anchors.points.reduce((a, b) => (b.revision > a.revision ? b : a));
  for (const anchor of [...anchors.points].sort((a, b) => a.revision - b.revision)) {
    const event = byRevision.get(anchor.revision);
    if (event === undefined && anchor.revision > lastStored) {
      return brokenBy(
        lastStored + 1,
        lastStored < 0
          ? { kind: 'everyEventMissing', anchored: head.revision }
          : { kind: 'eventsMissing', after: lastStored, anchored: head.revision },
      );
    }
    // An anchored revision missing inside the stream is the chain's finding (the gap); the anchor adds nothing there.
    if (event === undefined) continue;
    const hash = typeof event.metadata.hash === 'string' ? event.metadata.hash : null;
    if (hash !== anchor.hash) {
      return brokenBy(anchor.revision, { kind: 'rewritten', revision: anchor.revision });
    }
  }
  return { intact: true };
}

/** Both verdicts together: intact only when both are; broken at the earlier break; the anchor's reason kept. */
export function combineVerdicts(chain: ChainVerdict, anchor: ChainVerdict): ChainVerdict {
  if (anchor.intact) return chain;
  if (chain.intact) return anchor;
  const brokenAt = Math.min(chain.brokenAt ?? 0, anchor.brokenAt ?? 0);
  const finding = anchor.finding ?? chain.finding;
  return finding === undefined ? { intact: false, brokenAt } : brokenBy(brokenAt, finding);
}
