import type { RecordedEvent } from '../port';
import type { CurrentStore } from './contract-context';
import { aNewEvent, checkpointNow, idsOf, uniqueStreamId } from './fixtures';

export function readAllContract(currentStore: CurrentStore): void {
  describe('readAll', () => {
    describe('given events appended to three streams in the order A, B, A, C after a checkpoint', () => {
      let checkpoint: number;
      let appended: RecordedEvent[];
      beforeEach(async () => {
        checkpoint = await checkpointNow(currentStore());
        const [a, b, c] = [uniqueStreamId('a'), uniqueStreamId('b'), uniqueStreamId('c')];
        for (const streamId of [a, b, a, c]) await currentStore().appendToStream(streamId, [aNewEvent()]);
        appended = await currentStore().readAll({ after: checkpoint });
      });

      it('when reading all after the checkpoint, then the four come in the order they were appended', async () => {
        expect(appended).toHaveLength(4);
        expect(appended.map((event) => event.streamId.split('-')[0])).toEqual(['a', 'b', 'a', 'c']);
        expect(appended.map((event) => event.revision)).toEqual([0, 0, 1, 0]);
      });

      it('when reading all, then positions strictly increase and match what readStream reports', async () => {
        const positions = appended.map((event) => event.position);
        for (let i = 1; i < positions.length; i += 1) expect(positions[i]).toBeGreaterThan(positions[i - 1]);
        expect(positions[0]).toBeGreaterThan(checkpoint);
        const [firstOfA] = await currentStore().readStream(appended[0].streamId);
        expect(firstOfA).toEqual(appended[0]);
      });

      it('when reading after the position of the second, then the third and fourth come (after is exclusive)', async () => {
        const rest = await currentStore().readAll({ after: appended[1].position });
        expect(idsOf(rest)).toEqual(idsOf(appended.slice(2)));
      });

      it('when reading with maxCount 2, then only the first two come', async () => {
        expect(idsOf(await currentStore().readAll({ after: checkpoint, maxCount: 2 }))).toEqual(idsOf(appended.slice(0, 2)));
      });

      it('when reading after the last position, then nothing comes', async () => {
        expect(await currentStore().readAll({ after: appended[3].position })).toEqual([]);
      });

      it('when reading without a checkpoint, then the log starts before them and holds them in the same order', async () => {
        const ids = idsOf(await currentStore().readAll());
        const mine = ids.filter((id) => idsOf(appended).includes(id));
        expect(mine).toEqual(idsOf(appended));
      });
    });
  });
}
