import { status as grpcStatus, type handleBidiStreamingCall } from '@grpc/grpc-js';
import { StreamDeleted, WrongExpectedVersion } from '../../log/log-errors';
import type { ExpectedState, ProposedEvent, WriteOutcome } from '../../log/records';
import {
  badRequestStatus,
  maxAppendSizeStatus,
  streamDeletedStatus,
  unknownStatus,
  wrongExpectedVersionStatus,
} from '../batch-status';
import { streamIdentifier, streamNameOf, uuidText } from '../messages';
import { GoogleEmpty, shared, status, streams } from '../proto';
import { toRpcError } from '../to-rpc-error';
import { expectedStateOf, proposedEvent, sizeOf } from './proposed-events';
import type { StreamsContext } from './streams-context';

interface PendingAppend {
  correlationId: shared.UUID;
  stream: string;
  expected: ExpectedState;
  events: ProposedEvent[];
  size: number;
}

function successOf(outcome: WriteOutcome): streams.BatchAppendResp.Success {
  const success = new streams.BatchAppendResp.Success();
  if (outcome.lastRevision === undefined) success.setNoStream(new GoogleEmpty());
  else success.setCurrentRevision(String(outcome.lastRevision));
  if (outcome.position < 0) success.setNoPosition(new GoogleEmpty());
  else
    success.setPosition(
      new shared.AllStreamPosition()
        .setCommitPosition(String(outcome.position))
        .setPreparePosition(String(outcome.position)),
    );
  return success;
}

function statusOf(error: unknown): status.Status {
  if (error instanceof WrongExpectedVersion)
    return wrongExpectedVersionStatus(error.expected, error.current);
  if (error instanceof StreamDeleted) return streamDeletedStatus(error.stream);
  const rpc = toRpcError(error);
  return rpc.code === grpcStatus.INVALID_ARGUMENT ? badRequestStatus(rpc.details) : unknownStatus();
}

/**
 * Streams.BatchAppend: many appends over one long-lived call, told apart by correlation id.
 * An append may span several requests (the first carries the options) and is written when
 * its final request arrives; its outcome, success or error status, is answered with the
 * same correlation id, in whatever order the appends complete.
 */
export function batchAppendHandler(
  context: StreamsContext,
): handleBidiStreamingCall<streams.BatchAppendReq, streams.BatchAppendResp> {
  return (call) => {
    const denied = context.authorize(call.metadata);
    if (denied !== undefined) {
      call.emit('error', denied);
      return;
    }
    const pending = new Map<string, PendingAppend>();
    const inFlight = new Set<Promise<void>>();
    const answer = (
      append: Pick<PendingAppend, 'correlationId' | 'stream'>,
      fill: (response: streams.BatchAppendResp) => void,
    ) => {
      if (call.cancelled) return;
      const response = new streams.BatchAppendResp()
        .setCorrelationId(append.correlationId)
        .setStreamIdentifier(streamIdentifier(append.stream));
      fill(response);
      call.write(response);
    };

    call.on('data', (request: streams.BatchAppendReq) => {
      const correlationId = request.getCorrelationId() ?? new shared.UUID();
      const key = uuidText(correlationId) ?? '';
      const options = request.getOptions();
      if (options !== undefined) {
        const stream = streamNameOf(options.getStreamIdentifier());
        try {
          const expected = expectedStateOf(
            options,
            options.hasStreamPosition() ? options.getStreamPosition() : undefined,
          );
          pending.set(key, { correlationId, stream, expected, events: [], size: 0 });
        } catch (error) {
          answer({ correlationId, stream }, (response) =>
            response.setError(badRequestStatus(toRpcError(error).details)),
          );
          return;
        }
      }
      const append = pending.get(key);
      if (append === undefined) return;
      try {
        for (const message of request.getProposedMessagesList()) {
          const event = proposedEvent(message);
          append.size += sizeOf(event);
          append.events.push(event);
        }
      } catch (error) {
        pending.delete(key);
        answer(append, (response) =>
          response.setError(badRequestStatus(toRpcError(error).details)),
        );
        return;
      }
      if (append.size > context.maxAppendSize) {
        pending.delete(key);
        answer(append, (response) => response.setError(maxAppendSizeStatus(context.maxAppendSize)));
        return;
      }
      if (!request.getIsFinal()) return;
      pending.delete(key);
      const written = context.log.append(append.stream, append.expected, append.events).then(
        (outcome) => answer(append, (response) => response.setSuccess(successOf(outcome))),
        (error: unknown) => answer(append, (response) => response.setError(statusOf(error))),
      );
      inFlight.add(written);
      void written.finally(() => inFlight.delete(written));
    });
    call.on('end', () => {
      void Promise.all([...inFlight]).then(() => {
        if (!call.cancelled) call.end();
      });
    });
    call.on('error', () => pending.clear());
  };
}
