import type { JsonObject, JsonValue } from '../port';
import type { CurrentStore } from './contract-context';
import { aNewEvent, uniqueStreamId } from './fixtures';

const richData: JsonObject = {
  text: 'Surat keterangan — "kutip", baris\nbaru, emoji 🗂️, 漢字',
  integer: 42,
  negative: -7,
  fraction: 3.25,
  flags: [true, false],
  nothing: null,
  nested: { list: [1, 'two', { three: [] }], empty: {} },
};

export function serializationContract(currentStore: CurrentStore): void {
  describe('what is stored comes back equal', () => {
    it('given nested JSON data and metadata, when read back, then both are equal, with id and type kept', async () => {
      const streamId = uniqueStreamId();
      const event = aNewEvent({ type: 'PermohonanDiajukan', data: richData, metadata: { correlationId: 'c-1', actor: { nip: '1990' } } });
      await currentStore().appendToStream(streamId, [event]);

      const [stored] = await currentStore().readStream(streamId);
      expect(stored).toMatchObject({ streamId, id: event.id, type: 'PermohonanDiajukan', revision: 0 });
      expect(stored.data).toEqual(richData);
      expect(stored.metadata).toEqual({ correlationId: 'c-1', actor: { nip: '1990' } });
    });

    it.each<[string, JsonValue]>([
      ['a string', 'just text'],
      ['a number', 12.5],
      ['an array', [1, [2], { three: 3 }]],
      ['null', null],
      ['a boolean', false],
    ])('given data that is %s, when read back, then it is equal', async (_, data) => {
      const streamId = uniqueStreamId();
      await currentStore().appendToStream(streamId, [aNewEvent({ data })]);
      const [stored] = await currentStore().readStream(streamId);
      expect(stored.data).toEqual(data);
    });

    it('given an event without metadata, when read back, then its metadata is an empty object', async () => {
      const streamId = uniqueStreamId();
      await currentStore().appendToStream(streamId, [aNewEvent()]);
      const [stored] = await currentStore().readStream(streamId);
      expect(stored.metadata).toEqual({});
    });

    it('given an event, when read back, then recordedAt is an ISO-8601 UTC time of the append', async () => {
      const streamId = uniqueStreamId();
      const before = Date.now();
      await currentStore().appendToStream(streamId, [aNewEvent()]);
      const after = Date.now();

      const [stored] = await currentStore().readStream(streamId);
      expect(stored.recordedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      // A minute of slack either way: a server-side store may run on its own clock.
      const recordedAt = Date.parse(stored.recordedAt);
      expect(recordedAt).toBeGreaterThanOrEqual(before - 60_000);
      expect(recordedAt).toBeLessThanOrEqual(after + 60_000);
    });

    it('given a read event, when the reader mutates it, then the store is unaffected', async () => {
      const streamId = uniqueStreamId();
      await currentStore().appendToStream(streamId, [aNewEvent({ data: { status: 'diajukan' } })]);
      const [first] = await currentStore().readStream(streamId);
      (first.data as JsonObject).status = 'tampered';
      first.metadata.injected = true;

      const [again] = await currentStore().readStream(streamId);
      expect(again.data).toEqual({ status: 'diajukan' });
      expect(again.metadata).toEqual({});
    });

    it('given an appended object, when the writer mutates it afterwards, then the store is unaffected', async () => {
      const streamId = uniqueStreamId();
      const data = { status: 'diajukan' };
      await currentStore().appendToStream(streamId, [aNewEvent({ data })]);
      data.status = 'tampered';

      const [stored] = await currentStore().readStream(streamId);
      expect(stored.data).toEqual({ status: 'diajukan' });
    });
  });
}
