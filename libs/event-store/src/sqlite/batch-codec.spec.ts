import { decodeBatch, decodeOutcomes, encodeBatch, encodeOutcomes } from './batch-codec.cjs';
import type { AppendOutcome, PendingAppend } from './append-batch.cjs';

const event = (id: string) => ({ id, type: 'Tested', data: `{"id":"${id}"}`, metadata: '{}' });

describe('What crosses to the writer thread and back', () => {
  it('given appends of every expected-revision kind and several events, when encoded and decoded, then they are the same appends', () => {
    const batch: PendingAppend[] = [
      { streamId: 'a', expected: 'any', events: [event('1')] },
      { streamId: 'b', expected: 'no_stream', events: [event('2'), event('3'), event('4')] },
      { streamId: 'c', expected: 'stream_exists', events: [event('5')] },
      { streamId: 'd', expected: 0, events: [event('6')] },
      { streamId: 'e', expected: 41, events: [event('7'), event('8')] },
    ];
    expect(decodeBatch(encodeBatch(batch))).toEqual(batch);
  });

  it('given outcomes with refusals between acknowledgements, when encoded and decoded, then each append gets its own outcome back', () => {
    const outcomes: AppendOutcome[] = [
      { ok: true, value: { nextExpectedRevision: 0, position: 9_007_199_254_740_000 } },
      { ok: false, failure: { kind: 'wrong_expected_revision', streamId: 'b', expected: 3, actual: 'no_stream' } },
      { ok: true, value: { nextExpectedRevision: 12, position: 17 } },
      { ok: false, failure: { kind: 'duplicate_event_id', eventId: 'x' } },
      { ok: false, failure: { kind: 'error', name: 'SqliteError', message: 'disk I/O error', code: 'SQLITE_IOERR' } },
    ];
    expect(decodeOutcomes(encodeOutcomes(outcomes))).toEqual(outcomes);
  });
});
