import { isWrongExpectedRevision, WrongExpectedRevisionError, type ActualRevision, type ExpectedRevision } from '../port';
import type { CurrentStore } from './contract-context';
import { aNewEvent, appendOneByOne, newEvents, rejectionOf, uniqueStreamId } from './fixtures';

export function expectedRevisionContract(currentStore: CurrentStore): void {
  describe('appendToStream and the expected revision', () => {
    async function expectRefusal(streamId: string, expected: ExpectedRevision, actual: ActualRevision): Promise<void> {
      const error = await rejectionOf(currentStore().appendToStream(streamId, [aNewEvent()], { expectedRevision: expected }));
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect(error).toMatchObject({ streamId, expected, actual });
    }

    describe('given a stream that does not exist', () => {
      let streamId: string;
      beforeEach(() => {
        streamId = uniqueStreamId();
      });

      it('when appending three events with no_stream, then they get revisions 0, 1, 2', async () => {
        const result = await currentStore().appendToStream(streamId, newEvents(3), { expectedRevision: 'no_stream' });
        expect(result.nextExpectedRevision).toBe(2);
        const stored = await currentStore().readStream(streamId);
        expect(stored.map((event) => event.revision)).toEqual([0, 1, 2]);
      });

      it('when appending with any, then the append succeeds at revision 0', async () => {
        const result = await currentStore().appendToStream(streamId, [aNewEvent()], { expectedRevision: 'any' });
        expect(result.nextExpectedRevision).toBe(0);
      });

      it('when appending without options, then no check is made (any)', async () => {
        const result = await currentStore().appendToStream(streamId, [aNewEvent()]);
        expect(result.nextExpectedRevision).toBe(0);
      });

      it('when appending with stream_exists, then it is refused with actual no_stream', async () => {
        await expectRefusal(streamId, 'stream_exists', 'no_stream');
      });

      it('when appending with revision 0, then it is refused with actual no_stream', async () => {
        await expectRefusal(streamId, 0, 'no_stream');
      });
    });

    describe('given a stream at revision 2 (three events)', () => {
      let streamId: string;
      beforeEach(async () => {
        streamId = uniqueStreamId();
        await appendOneByOne(currentStore(), streamId, 3);
      });

      it('when appending with no_stream, then it is refused with actual 2', async () => {
        await expectRefusal(streamId, 'no_stream', 2);
      });

      it('when appending with stream_exists, then the append succeeds at revision 3', async () => {
        const result = await currentStore().appendToStream(streamId, [aNewEvent()], { expectedRevision: 'stream_exists' });
        expect(result.nextExpectedRevision).toBe(3);
      });

      it('when appending with any, then the append succeeds at revision 3', async () => {
        const result = await currentStore().appendToStream(streamId, [aNewEvent()], { expectedRevision: 'any' });
        expect(result.nextExpectedRevision).toBe(3);
      });

      it('when appending two events with revision 2, then they get revisions 3 and 4', async () => {
        const result = await currentStore().appendToStream(streamId, newEvents(2), { expectedRevision: 2 });
        expect(result.nextExpectedRevision).toBe(4);
        const stored = await currentStore().readStream(streamId, { fromRevision: 3 });
        expect(stored.map((event) => event.revision)).toEqual([3, 4]);
      });

      it('when appending with a stale revision 1, then it is refused with expected 1 and actual 2', async () => {
        await expectRefusal(streamId, 1, 2);
      });

      it('when appending with a revision ahead of the stream (5), then it is refused with actual 2', async () => {
        await expectRefusal(streamId, 5, 2);
      });

      it('when an append is refused, then the stream is left as it was', async () => {
        const before = await currentStore().readStream(streamId);
        await rejectionOf(currentStore().appendToStream(streamId, newEvents(2), { expectedRevision: 0 }));
        expect(await currentStore().readStream(streamId)).toEqual(before);
      });
    });

    it('given a refusal, when inspecting the error, then isWrongExpectedRevision recognises it and its message names the stream', async () => {
      const streamId = uniqueStreamId();
      const error = await rejectionOf(currentStore().appendToStream(streamId, [aNewEvent()], { expectedRevision: 'stream_exists' }));
      expect(isWrongExpectedRevision(error)).toBe(true);
      expect((error as Error).message).toContain(streamId);
    });

    it('given an append result, when its nextExpectedRevision is used for the next append, then that append succeeds', async () => {
      const streamId = uniqueStreamId();
      const first = await currentStore().appendToStream(streamId, newEvents(2), { expectedRevision: 'no_stream' });
      const second = await currentStore().appendToStream(streamId, [aNewEvent()], { expectedRevision: first.nextExpectedRevision });
      expect(second.nextExpectedRevision).toBe(first.nextExpectedRevision + 1);
    });
  });
}
