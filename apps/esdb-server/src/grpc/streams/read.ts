import type { handleServerStreamingCall } from '@grpc/grpc-js';
import { CallWriter } from '../call-writer';
import { eventFilterOf } from '../event-filter';
import { streamNameOf, uint64 } from '../messages';
import { streams } from '../proto';
import { invalidArgument } from '../rpc-errors';
import { toRpcError } from '../to-rpc-error';
import { readAllOnce, readStreamOnce } from './read-once';
import { subscribeToAll, subscribeToStream } from './subscribe';
import type { StreamsContext } from './streams-context';

const FORWARDS = streams.ReadReq.Options.ReadDirection.FORWARDS;

function streamStart(options: streams.ReadReq.Options.StreamOptions): 'start' | 'end' | number {
  if (options.hasRevision()) return uint64(options.getRevision());
  return options.hasEnd() ? 'end' : 'start';
}

function allStart(options: streams.ReadReq.Options.AllOptions): 'start' | 'end' | number {
  if (options.hasPosition()) return uint64(options.getPosition()!.getCommitPosition());
  return options.hasEnd() ? 'end' : 'start';
}

/** Streams.Read: one method for stream and $all reads and subscriptions, as in EventStoreDB. */
export function readHandler(
  context: StreamsContext,
): handleServerStreamingCall<streams.ReadReq, streams.ReadResp> {
  return (call) => {
    const out = new CallWriter<streams.ReadResp>(call);
    serve(context, call.metadata, call.request, out).then(
      () => out.end(),
      (error: unknown) => out.fail(toRpcError(error)),
    );
  };
}

async function serve(
  context: StreamsContext,
  metadata: Parameters<StreamsContext['authorize']>[0],
  request: streams.ReadReq,
  out: CallWriter<streams.ReadResp>,
): Promise<void> {
  const denied = context.authorize(metadata);
  if (denied !== undefined) throw denied;
  const options = request.getOptions();
  if (options === undefined) throw invalidArgument('ReadReq needs options');
  const structuredUuid = options.getUuidOption()?.hasStructured() ?? false;
  const direction = options.getReadDirection() === FORWARDS ? 'forwards' : 'backwards';
  const filter = options.hasFilter() ? eventFilterOf(options.getFilter()!) : undefined;
  const streamOptions = options.getStream();
  const allOptions = options.getAll();

  if (options.hasSubscription()) {
    if (direction !== 'forwards') throw invalidArgument('Subscriptions read forwards');
    if (streamOptions !== undefined) {
      return subscribeToStream(context, out, {
        stream: streamNameOf(streamOptions.getStreamIdentifier()),
        from: streamStart(streamOptions),
        structuredUuid,
      });
    }
    if (allOptions !== undefined)
      return subscribeToAll(context, out, { from: allStart(allOptions), filter, structuredUuid });
    throw invalidArgument('A subscription needs a stream or $all');
  }
  const count = uint64(options.getCount() || '0');
  if (streamOptions !== undefined) {
    if (filter !== undefined) throw invalidArgument('Stream reads take no filter');
    const stream = streamNameOf(streamOptions.getStreamIdentifier());
    return readStreamOnce(context, out, {
      stream,
      direction,
      from: streamStart(streamOptions),
      count,
      structuredUuid,
    });
  }
  if (allOptions !== undefined)
    return readAllOnce(context, out, {
      direction,
      from: allStart(allOptions),
      count,
      filter,
      structuredUuid,
    });
  throw invalidArgument('A read needs a stream or $all');
}
