import type { RecordedEvent } from '../port';
import type { CurrentStore } from './contract-context';
import { aNewEvent, appendOneByOne, uniqueStreamId } from './fixtures';

const revisionsOf = (events: RecordedEvent[]): number[] => events.map((event) => event.revision);

export function readingContract(currentStore: CurrentStore): void {
  describe('readStream', () => {
    describe('given a stream of five events (revisions 0 to 4)', () => {
      let streamId: string;
      beforeEach(async () => {
        streamId = uniqueStreamId();
        await appendOneByOne(currentStore(), streamId, 5);
      });

      it('when reading with no options, then all five come forwards in revision order', async () => {
        const events = await currentStore().readStream(streamId);
        expect(revisionsOf(events)).toEqual([0, 1, 2, 3, 4]);
        expect(events.map((event) => event.data)).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
        expect(events.every((event) => event.streamId === streamId)).toBe(true);
      });

      it('when reading backwards, then all five come from the last to the first', async () => {
        expect(revisionsOf(await currentStore().readStream(streamId, { direction: 'backwards' }))).toEqual([4, 3, 2, 1, 0]);
      });

      it('when reading forwards from revision 2, then revisions 2, 3, 4 come (the start is inclusive)', async () => {
        expect(revisionsOf(await currentStore().readStream(streamId, { fromRevision: 2 }))).toEqual([2, 3, 4]);
      });

      it('when reading backwards from revision 2, then revisions 2, 1, 0 come', async () => {
        expect(revisionsOf(await currentStore().readStream(streamId, { direction: 'backwards', fromRevision: 2 }))).toEqual([2, 1, 0]);
      });

      it('when reading forwards with maxCount 2, then revisions 0 and 1 come', async () => {
        expect(revisionsOf(await currentStore().readStream(streamId, { maxCount: 2 }))).toEqual([0, 1]);
      });

      it('when reading backwards with maxCount 2, then revisions 4 and 3 come', async () => {
        expect(revisionsOf(await currentStore().readStream(streamId, { direction: 'backwards', maxCount: 2 }))).toEqual([4, 3]);
      });

      it('when reading forwards from revision 1 with maxCount 2, then revisions 1 and 2 come', async () => {
        expect(revisionsOf(await currentStore().readStream(streamId, { fromRevision: 1, maxCount: 2 }))).toEqual([1, 2]);
      });

      it('when reading forwards from a revision past the end, then nothing comes', async () => {
        expect(await currentStore().readStream(streamId, { fromRevision: 5 })).toEqual([]);
      });

      it('when another stream shares its id as a prefix, then its events are not mixed in', async () => {
        await currentStore().appendToStream(`${streamId}-other`, [aNewEvent()]);
        expect(revisionsOf(await currentStore().readStream(streamId))).toEqual([0, 1, 2, 3, 4]);
      });
    });

    describe('given a stream that does not exist', () => {
      it('when reading forwards, then it reads as empty', async () => {
        expect(await currentStore().readStream(uniqueStreamId('missing'))).toEqual([]);
      });

      it('when reading backwards, then it reads as empty', async () => {
        expect(await currentStore().readStream(uniqueStreamId('missing'), { direction: 'backwards' })).toEqual([]);
      });
    });
  });
}
