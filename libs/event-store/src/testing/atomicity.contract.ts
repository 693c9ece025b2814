import type { CurrentStore } from './contract-context';
import { aNewEvent, checkpointNow, idsOf, newEvents, rejectionOf, uniqueStreamId } from './fixtures';

export function atomicityContract(currentStore: CurrentStore): void {
  describe('an append is atomic', () => {
    it('given five events in one append, when reading, then all five are there with consecutive revisions and increasing positions', async () => {
      const streamId = uniqueStreamId();
      const events = newEvents(5);
      const result = await currentStore().appendToStream(streamId, events, { expectedRevision: 'no_stream' });

      const stored = await currentStore().readStream(streamId);
      expect(idsOf(stored)).toEqual(idsOf(events));
      expect(stored.map((event) => event.revision)).toEqual([0, 1, 2, 3, 4]);
      const positions = stored.map((event) => event.position);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
      expect(new Set(positions).size).toBe(5);
      expect(result).toEqual({ nextExpectedRevision: 4, position: positions[4] });
    });

    it('given a multi-event append that is refused, when reading the stream and the log, then none of its events is there', async () => {
      const streamId = uniqueStreamId();
      await currentStore().appendToStream(streamId, [aNewEvent()]);
      const checkpoint = await checkpointNow(currentStore());

      const refused = newEvents(4);
      await rejectionOf(currentStore().appendToStream(streamId, refused, { expectedRevision: 'no_stream' }));

      expect(await currentStore().readStream(streamId)).toHaveLength(1);
      const logIds = idsOf(await currentStore().readAll({ after: checkpoint }));
      for (const id of idsOf(refused)) expect(logIds).not.toContain(id);
    });

    it('given an append of no events, when appending, then it is refused', async () => {
      await expect(currentStore().appendToStream(uniqueStreamId(), [])).rejects.toThrow();
    });
  });
}
