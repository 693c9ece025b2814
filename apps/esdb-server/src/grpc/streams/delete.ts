import type { handleUnaryCall } from '@grpc/grpc-js';
import type { ExpectedState } from '../../log/records';
import { streamNameOf } from '../messages';
import { streams } from '../proto';
import { invalidArgument } from '../rpc-errors';
import { toRpcError } from '../to-rpc-error';
import { expectedStateOf } from './proposed-events';
import type { StreamsContext } from './streams-context';

type Target = { stream: string; expected: ExpectedState };

function targetOf(
  options: streams.DeleteReq.Options | streams.TombstoneReq.Options | undefined,
): Target {
  if (options === undefined) throw invalidArgument('A delete needs options');
  return {
    stream: streamNameOf(options.getStreamIdentifier()),
    expected: expectedStateOf(options, options.hasRevision() ? options.getRevision() : undefined),
  };
}

/** Streams.Delete: a soft delete (the stream reads as not found until written again). */
export function deleteHandler(
  context: StreamsContext,
): handleUnaryCall<streams.DeleteReq, streams.DeleteResp> {
  return (call, callback) => {
    const denied = context.authorize(call.metadata);
    if (denied !== undefined) return callback(denied);
    let target: Target;
    try {
      target = targetOf(call.request.getOptions());
    } catch (error) {
      return callback(toRpcError(error));
    }
    context.log.delete(target.stream, target.expected).then(
      ({ position }) =>
        callback(
          null,
          new streams.DeleteResp().setPosition(
            new streams.DeleteResp.Position()
              .setCommitPosition(String(position))
              .setPreparePosition(String(position)),
          ),
        ),
      (error: unknown) => callback(toRpcError(error, 'Delete')),
    );
  };
}

/** Streams.Tombstone: a hard delete (the stream can never be read or written again). */
export function tombstoneHandler(
  context: StreamsContext,
): handleUnaryCall<streams.TombstoneReq, streams.TombstoneResp> {
  return (call, callback) => {
    const denied = context.authorize(call.metadata);
    if (denied !== undefined) return callback(denied);
    let target: Target;
    try {
      target = targetOf(call.request.getOptions());
    } catch (error) {
      return callback(toRpcError(error));
    }
    context.log.tombstone(target.stream, target.expected).then(
      ({ position }) =>
        callback(
          null,
          new streams.TombstoneResp().setPosition(
            new streams.TombstoneResp.Position()
              .setCommitPosition(String(position))
              .setPreparePosition(String(position)),
          ),
        ),
      (error: unknown) => callback(toRpcError(error, 'Delete')),
    );
  };
}
