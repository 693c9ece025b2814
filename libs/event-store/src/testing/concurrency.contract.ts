import { WrongExpectedRevisionError, type AppendResult } from '../port';
import type { CurrentStore } from './contract-context';
import { aNewEvent, checkpointNow, idsOf, uniqueStreamId } from './fixtures';

function fulfilled<T>(results: PromiseSettledResult<T>[]): T[] {
  return results.filter((result): result is PromiseFulfilledResult<T> => result.status === 'fulfilled').map((result) => result.value);
}

function rejectionReasons(results: PromiseSettledResult<unknown>[]): unknown[] {
  return results.filter((result): result is PromiseRejectedResult => result.status === 'rejected').map((result) => result.reason);
}

export function concurrencyContract(currentStore: CurrentStore): void {
  describe('concurrent appends', () => {
    it('given a stream at revision 0, when 50 appends expecting revision 0 run concurrently, then exactly one wins and 49 are refused', async () => {
      const streamId = uniqueStreamId();
      await currentStore().appendToStream(streamId, [aNewEvent()]);
      const contenders = Array.from({ length: 50 }, () => aNewEvent());

      const results = await Promise.allSettled(contenders.map((event) => currentStore().appendToStream(streamId, [event], { expectedRevision: 0 })));

      expect(fulfilled(results)).toEqual([expect.objectContaining({ nextExpectedRevision: 1 })]);
      const refusals = rejectionReasons(results);
      expect(refusals).toHaveLength(49);
      for (const refusal of refusals) {
        expect(refusal).toBeInstanceOf(WrongExpectedRevisionError);
        expect(refusal).toMatchObject({ streamId, expected: 0, actual: 1 });
      }
      const stored = await currentStore().readStream(streamId);
      expect(stored).toHaveLength(2);
      const winner = contenders[results.findIndex((result) => result.status === 'fulfilled')];
      expect(stored[1].id).toBe(winner.id);
    });

    it('given a new stream, when 50 appends expecting no_stream run concurrently, then exactly one creates it', async () => {
      const streamId = uniqueStreamId();
      const results = await Promise.allSettled(Array.from({ length: 50 }, () => currentStore().appendToStream(streamId, [aNewEvent()], { expectedRevision: 'no_stream' })));
      expect(fulfilled(results)).toHaveLength(1);
      expect(rejectionReasons(results).every((reason) => reason instanceof WrongExpectedRevisionError)).toBe(true);
      expect(await currentStore().readStream(streamId)).toHaveLength(1);
    });

    it('given 100 distinct streams, when one append to each runs concurrently, then all succeed with distinct positions, all in the log', async () => {
      const checkpoint = await checkpointNow(currentStore());
      const appends = Array.from({ length: 100 }, () => ({ streamId: uniqueStreamId(), event: aNewEvent() }));

      const results: AppendResult[] = await Promise.all(
        appends.map(({ streamId, event }) => currentStore().appendToStream(streamId, [event], { expectedRevision: 'no_stream' })),
      );

      expect(new Set(results.map((result) => result.position)).size).toBe(100);
      expect(results.every((result) => result.nextExpectedRevision === 0)).toBe(true);
      const logIds = idsOf(await currentStore().readAll({ after: checkpoint }));
      expect([...logIds].sort()).toEqual(appends.map(({ event }) => event.id).sort());
    });

    it('given one stream, when 50 appends with any run concurrently, then all succeed and the revisions are 0 to 49 without gaps', async () => {
      const streamId = uniqueStreamId();
      const events = Array.from({ length: 50 }, () => aNewEvent());
      const results = await Promise.all(events.map((event) => currentStore().appendToStream(streamId, [event])));

      expect(results.map((result) => result.nextExpectedRevision).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, n) => n));
      const stored = await currentStore().readStream(streamId);
      expect(stored.map((event) => event.revision)).toEqual(Array.from({ length: 50 }, (_, n) => n));
      expect([...idsOf(stored)].sort()).toEqual(idsOf(events).sort());
    });
  });
}
