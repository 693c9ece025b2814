import type { handleClientStreamingCall } from '@grpc/grpc-js';
import { WrongExpectedVersion } from '../../log/log-errors';
import type { ExpectedState, ProposedEvent, WriteOutcome } from '../../log/records';
import { streamNameOf } from '../messages';
import { shared, streams } from '../proto';
import { invalidArgument, maxAppendSizeExceeded } from '../rpc-errors';
import { toRpcError } from '../to-rpc-error';
import { expectedStateOf, proposedEvent, sizeOf } from './proposed-events';
import type { StreamsContext } from './streams-context';

function success(outcome: WriteOutcome): streams.AppendResp {
  const result = new streams.AppendResp.Success();
  if (outcome.lastRevision === undefined) result.setNoStream(new shared.Empty());
  else result.setCurrentRevision(String(outcome.lastRevision));
  if (outcome.position < 0) result.setNoPosition(new shared.Empty());
  else
    result.setPosition(
      new streams.AppendResp.Position()
        .setCommitPosition(String(outcome.position))
        .setPreparePosition(String(outcome.position)),
    );
  return new streams.AppendResp().setSuccess(result);
}

/** The unary Append reports a wrong expected version in its response, not as an error. */
function wrongExpectedVersion(error: WrongExpectedVersion): streams.AppendResp {
  const result = new streams.AppendResp.WrongExpectedVersion();
  if (error.current === undefined) result.setCurrentNoStream(new shared.Empty());
  else result.setCurrentRevision(String(error.current));
  const expected = error.expected;
  if (expected === 'any') result.setExpectedAny(new shared.Empty());
  else if (expected === 'no_stream') result.setExpectedNoStream(new shared.Empty());
  else if (expected === 'stream_exists') result.setExpectedStreamExists(new shared.Empty());
  else result.setExpectedRevision(expected.toString());
  return new streams.AppendResp().setWrongExpectedVersion(result);
}

/**
 * Streams.Append: the options first, then one proposed message per event. The client uses it
 * when a call carries its own credentials (otherwise BatchAppend). Too large an append is
 * refused as soon as it passes the maximum, like EventStoreDB does.
 */
export function appendHandler(
  context: StreamsContext,
): handleClientStreamingCall<streams.AppendReq, streams.AppendResp> {
  return (call, callback) => {
    let settled = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      callback(toRpcError(error));
    };
    const denied = context.authorize(call.metadata);
    if (denied !== undefined) return fail(denied);

    let target: { stream: string; expected: ExpectedState } | undefined;
    const events: ProposedEvent[] = [];
    let size = 0;
    call.on('data', (request: streams.AppendReq) => {
      if (settled) return;
      try {
        if (target === undefined) {
          const options = request.getOptions();
          if (options === undefined)
            throw invalidArgument('The first AppendReq must carry the options');
          target = {
            stream: streamNameOf(options.getStreamIdentifier()),
            expected: expectedStateOf(
              options,
              options.hasRevision() ? options.getRevision() : undefined,
            ),
          };
          return;
        }
        const message = request.getProposedMessage();
        if (message === undefined)
          throw invalidArgument('After the options, every AppendReq must carry a proposed message');
        const event = proposedEvent(message);
        size += sizeOf(event);
        if (size > context.maxAppendSize) throw maxAppendSizeExceeded(context.maxAppendSize);
        events.push(event);
      } catch (error) {
        fail(error);
      }
    });
    call.on('error', (error) => fail(error));
    call.on('end', () => {
      if (settled) return;
      if (target === undefined) return fail(invalidArgument('An append needs options'));
      const { stream, expected } = target;
      context.log.append(stream, expected, events).then(
        (outcome) => {
          settled = true;
          callback(null, success(outcome));
        },
        (error: unknown) => {
          if (!(error instanceof WrongExpectedVersion)) return fail(error);
          settled = true;
          callback(null, wrongExpectedVersion(error));
        },
      );
    });
  };
}
