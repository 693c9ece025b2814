import type {
  AppendResult,
  EventStore,
  JsonObject,
  NewEvent,
  RecordedEvent,
} from '@satupintu/event-store';
import { eventHash } from './hash-chain';
import { checkAnchors, combineVerdicts, type StreamAnchors } from './head-anchor';

/**
 * The hash chain for streams the engine does not write: the admins' decisions (accounts,
 * delegations, holidays, the catalogue), the applicants' survey answers, the reminders and the
 * SMS outcomes. The same links as a case's (`prevHash`, `hash` in the metadata, over the same
 * canonical content), so one check reads them all.
 */

/** Where the next event goes: after the stream's last event (a revision), or as the first. */
export type ChainedRevision = number | 'no_stream';

/** Puts `prevHash` and `hash` into each event's metadata, as the events at `firstRevision`, … would hold them. */
export function linkEvents(
  streamId: string,
  firstRevision: number,
  prevHash: string | null,
  events: readonly NewEvent[],
): NewEvent[] {
  let previous = prevHash;
  return events.map((event, index) => {
    const metadata: JsonObject = { ...event.metadata, prevHash: previous };
    const hash = eventHash({
      streamId,
      revision: firstRevision + index,
      type: event.type,
      data: event.data,
      metadata,
    });
    metadata.hash = hash;
    previous = hash;
    return { ...event, metadata };
  });
}

/** The hash of the event at `revision` (null for a new stream, or for an event stored before the chain). */
async function hashAt(
  store: EventStore,
  streamId: string,
  revision: ChainedRevision,
): Promise<string | null> {
  if (revision === 'no_stream') return null;
  const [event] = await store.readStream(streamId, {
    direction: 'backwards',
    fromRevision: revision,
    maxCount: 1,
  });
  const hash = event?.revision === revision ? event.metadata.hash : undefined;
  return typeof hash === 'string' ? hash : null;
}

/**
 * Appends events linked to the stream's last one. The expected revision is what the writer
 * decided on: the link is read at that revision, and the append is refused as usual
 * (WrongExpectedRevisionError) when the stream has moved on, so a stale link is never stored.
 */
export async function appendChained(
  store: EventStore,
  streamId: string,
  expectedRevision: ChainedRevision,
  events: readonly NewEvent[],
): Promise<AppendResult> {
  const prevHash = await hashAt(store, streamId, expectedRevision);
  const firstRevision = expectedRevision === 'no_stream' ? 0 : expectedRevision + 1;
  return store.appendToStream(streamId, linkEvents(streamId, firstRevision, prevHash, events), {
    expectedRevision,
  });
}

export interface ChainLink {
  revision: number;
  type: string;
  /** The event sits where the previous one ends, names its hash, and its content matches its own hash. */
  hashOk: boolean;
  problem?: string;
}

export interface ChainCheck {
  intact: boolean;
  /** The first revision where the chain does not hold: an edited event's, or the one after a removed event. */
  brokenAt?: number;
  /** Why, in words, when the stream's anchor decided it (cut off at its end, or rewritten). */
  reason?: string;
  links: ChainLink[];
}

/**
 * Checks a stream's stored events, link by link, from its first: an edited, removed or inserted
 * event breaks the chain where it happened (a removed one at the event after the gap). A stream
 * with no events is not intact: there is nothing to prove. With the stream's `anchors` (from
 * the anchor ledger), events cut off at its end and a stream rewritten with recomputed hashes
 * are found too (head-anchor.ts).
 */
export function verifyChain(events: readonly RecordedEvent[], anchors?: StreamAnchors): ChainCheck {
  const own = verifyLinks(events);
  if (anchors === undefined) return own;
  const { links, ...chain } = own;
  return { ...combineVerdicts(chain, checkAnchors(events, anchors)), links };
}

function verifyLinks(events: readonly RecordedEvent[]): ChainCheck {
  const links: ChainLink[] = [];
  let prevHash: string | null = null;
  events.forEach((event, index) => {
    const problem = linkProblem(event, index, prevHash);
    links.push(
      problem === undefined
        ? { revision: event.revision, type: event.type, hashOk: true }
        : { revision: event.revision, type: event.type, hashOk: false, problem },
    );
    const hash = event.metadata.hash;
    prevHash = typeof hash === 'string' ? hash : null;
  });
  if (events.length === 0) return { intact: false, brokenAt: 0, links };
  const broken = links.find((link) => !link.hashOk);
  return broken === undefined
    ? { intact: true, links }
    : { intact: false, brokenAt: broken.revision, links };
}

function linkProblem(
  event: RecordedEvent,
  expectedRevision: number,
  prevHash: string | null,
): string | undefined {
  if (event.revision !== expectedRevision) {
    return `expected revision ${expectedRevision}, found ${event.revision}`;
  }
  if (typeof event.metadata.hash !== 'string') return 'carries no hash';
  if ((event.metadata.prevHash ?? null) !== prevHash) return 'does not link to the previous event';
  if (event.metadata.hash !== eventHash(event)) return 'content does not match its hash';
  return undefined;
}
