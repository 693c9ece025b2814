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

type RemovalRequest = {
  getOptions(): streams.DeleteReq.Options | streams.TombstoneReq.Options | undefined;
};

/**
 * The shape both removals share: authorize, read the stream and its expected state, remove it in
 * the log, answer with the position of the removal (as commit and prepare position, as the real
 * server does). Errors go back as the real server signals them, named after Delete for both.
 */
function removalHandler<Request extends RemovalRequest, Response>(
  context: StreamsContext,
  remove: (target: Target) => Promise<{ position: number | bigint }>,
  responseAt: (position: string) => Response,
): handleUnaryCall<Request, Response> {
  return (call, callback) => {
    const denied = context.authorize(call.metadata);
    if (denied !== undefined) return callback(denied);
    let target: Target;
    try {
      target = targetOf(call.request.getOptions());
    } catch (error) {
      return callback(toRpcError(error));
    }
    remove(target).then(
      ({ position }) => callback(null, responseAt(String(position))),
      (error: unknown) => callback(toRpcError(error, 'Delete')),
    );
  };
}

/** Streams.Delete: a soft delete (the stream reads as not found until written again). */
export function deleteHandler(
  context: StreamsContext,
): handleUnaryCall<streams.DeleteReq, streams.DeleteResp> {
  return removalHandler(
    context,
    ({ stream, expected }) => context.log.delete(stream, expected),
    (position) =>
      new streams.DeleteResp().setPosition(
        new streams.DeleteResp.Position().setCommitPosition(position).setPreparePosition(position),
      ),
  );
}

/** Streams.Tombstone: a hard delete (the stream can never be read or written again). */
export function tombstoneHandler(
  context: StreamsContext,
): handleUnaryCall<streams.TombstoneReq, streams.TombstoneResp> {
  return removalHandler(
    context,
    ({ stream, expected }) => context.log.tombstone(stream, expected),
    (position) =>
      new streams.TombstoneResp().setPosition(
        new streams.TombstoneResp.Position()
          .setCommitPosition(position)
          .setPreparePosition(position),
      ),
  );
}
