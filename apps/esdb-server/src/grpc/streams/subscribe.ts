import type { CallWriter } from '../call-writer';
import { CommitWaiter } from '../commit-waiter';
import type { EventFilter } from '../event-filter';
import { eventResponse, newSubscriptionId } from '../messages';
import { streams } from '../proto';
import { streamDeleted } from '../rpc-errors';
import { PAGE_SIZE, type StreamsContext } from './streams-context';

const confirmation = (): streams.ReadResp =>
  new streams.ReadResp().setConfirmation(
    new streams.ReadResp.SubscriptionConfirmation().setSubscriptionId(newSubscriptionId()),
  );
const caughtUp = (): streams.ReadResp =>
  new streams.ReadResp().setCaughtUp(new streams.ReadResp.CaughtUp());
const checkpoint = (position: number): streams.ReadResp =>
  new streams.ReadResp().setCheckpoint(
    new streams.ReadResp.Checkpoint()
      .setCommitPosition(String(position))
      .setPreparePosition(String(position)),
  );

/**
 * Catch-up then live, from one ordered read: each pass reads the stream after the last
 * revision sent, so the switch to live can neither skip nor repeat an event. `caught_up` is
 * sent once, the first time a pass finds nothing more. Runs until the client cancels; a
 * tombstone ends it with the stream-deleted error.
 */
export async function subscribeToStream(
  context: StreamsContext,
  out: CallWriter<streams.ReadResp>,
  request: { stream: string; from: 'start' | 'end' | number; structuredUuid: boolean },
): Promise<void> {
  const commits = new CommitWaiter(context.log, out);
  try {
    // Exclusive: the revision after which events are sent.
    let after =
      request.from === 'start'
        ? -1
        : request.from === 'end'
          ? lastRevision(context, request.stream)
          : request.from;
    await out.write(confirmation());
    let sentCaughtUp = false;
    while (!out.cancelled) {
      const mark = commits.mark();
      const result = context.log.readStream(request.stream, {
        direction: 'forwards',
        from: after + 1,
        limit: PAGE_SIZE,
      });
      if (result.kind === 'deleted') throw streamDeleted(result.stream);
      const records = result.kind === 'events' ? result.records : [];
      for (const record of records) {
        await out.write(eventResponse(record, request.structuredUuid));
        after = record.revision;
      }
      if (records.length > 0) continue;
      if (!sentCaughtUp) {
        sentCaughtUp = true;
        await out.write(caughtUp());
      }
      await commits.waitForCommitSince(mark);
    }
  } finally {
    commits.dispose();
  }
}

function lastRevision(context: StreamsContext, stream: string): number {
  const result = context.log.readStream(stream, { direction: 'backwards', from: 'end', limit: 1 });
  if (result.kind === 'deleted') throw streamDeleted(result.stream);
  return result.kind === 'events' ? (result.records[0]?.revision ?? -1) : -1;
}

/**
 * $all, catch-up then live, optionally filtered. A filtered subscription reports a checkpoint
 * every `checkpointInterval` records considered, and once more before `caught_up`, so a
 * narrow subscriber can remember how far the server has looked for it.
 */
export async function subscribeToAll(
  context: StreamsContext,
  out: CallWriter<streams.ReadResp>,
  request: { from: 'start' | 'end' | number; filter?: EventFilter; structuredUuid: boolean },
): Promise<void> {
  const commits = new CommitWaiter(context.log, out);
  try {
    if (typeof request.from === 'number') context.log.assertReadablePosition(request.from);
    let after =
      request.from === 'start'
        ? 0
        : request.from === 'end'
          ? context.log.lastPosition()
          : request.from;
    await out.write(confirmation());
    let sentCaughtUp = false;
    let considered = 0;
    while (!out.cancelled) {
      const mark = commits.mark();
      const page = context.log.readAfter(after, PAGE_SIZE);
      for (const record of page) {
        after = record.position;
        if (request.filter === undefined || request.filter.matches(record))
          await out.write(eventResponse(record, request.structuredUuid));
        if (request.filter === undefined) continue;
        considered += 1;
        if (considered >= request.filter.checkpointInterval) {
          considered = 0;
          await out.write(checkpoint(after));
        }
      }
      if (page.length > 0) continue;
      if (!sentCaughtUp) {
        sentCaughtUp = true;
        if (request.filter !== undefined && after > 0) await out.write(checkpoint(after));
        await out.write(caughtUp());
      }
      await commits.waitForCommitSince(mark);
    }
  } finally {
    commits.dispose();
  }
}
