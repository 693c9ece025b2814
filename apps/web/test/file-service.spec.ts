import type { HistoryEntry, Service } from '../src/api/types';
import { serviceOfFile } from '../src/api/file-service';

const service = (code: string, slaWorkingDays: number): Service => ({
  code,
  name: { id: code, en: code },
  subdivision: 'kesejahteraan',
  slaWorkingDays,
  documents: [
    { code: 'AKTA_NIKAH', name: { id: 'Akta nikah', en: 'Marriage certificate' }, required: true },
  ],
  initialsChain: ['Kasubbid Kesejahteraan'],
  signer: 'Kepala Badan',
  classificationCode: '800.1.11.8',
});
const received = (copy: unknown): HistoryEntry =>
  ({
    revision: 0,
    type: 'FileReceived',
    at: '2026-03-02T01:00:00Z',
    from: 'start',
    to: 'verification',
    data: { service: copy },
  }) as unknown as HistoryEntry;

describe("A file's service on its pages", () => {
  it('given a file received under version 1, when the catalogue has changed since, then its page shows the copy it was received with', () => {
    const copy = service('KARIS', 7);
    expect(serviceOfFile([received(copy)], [service('KARIS', 5)], 'KARIS')).toEqual(copy);
  });

  it('given a retired service, the file still has its copy', () => {
    expect(serviceOfFile([received(service('CLTN', 10))], [], 'CLTN')?.slaWorkingDays).toBe(10);
  });

  it('falls back to the latest catalogue when the history holds no copy', () => {
    const latest = service('KARIS', 5);
    expect(serviceOfFile([received('broken')], [latest], 'KARIS')).toBe(latest);
    expect(serviceOfFile([], [latest], 'KARIS')).toBe(latest);
  });
});
