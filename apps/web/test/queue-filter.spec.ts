import type { CaseItem } from '../src/api/types';
import { choicesOf, filterQueue, NO_FILTER } from '../src/queue/queue-filter';

const item = (overrides: Partial<CaseItem> & { id: string }): CaseItem => ({
  kind: 'berkas',
  trackingCode: `SP-${overrides.id}`,
  agendaNumber: `AG-2026-${overrides.id}`,
  serviceCode: 'KP-REG',
  serviceName: { id: 'Kenaikan Pangkat Reguler', en: 'Regular promotion' },
  applicant: { nip: '198503122010031001', name: 'Ahmad Fauzan', phone: '+6281234567890' },
  state: 'verification',
  stateLabel: { id: 'Pemeriksaan kelengkapan', en: 'Completeness check' },
  revision: 0,
  submittedDocuments: [],
  missingDocuments: [],
  subdivision: null,
  sla: { dueAt: '2026-12-01T08:00:00.000Z', breached: false },
  createdAt: '2026-11-01T01:00:00.000Z',
  updatedAt: '2026-11-01T01:00:00.000Z',
  ...overrides,
});

const queue = [
  item({
    id: '000003',
    createdAt: '2026-11-03T01:00:00.000Z',
    applicant: { nip: '197901012005012002', name: 'Siti Rahmah', phone: null },
  }),
  item({
    id: '000001',
    createdAt: '2026-11-01T01:00:00.000Z',
    sla: { dueAt: '2026-11-10T08:00:00.000Z', breached: true },
  }),
  item({
    id: '000002',
    createdAt: '2026-11-02T01:00:00.000Z',
    serviceCode: 'MUT-MASUK',
    serviceName: { id: 'Mutasi Masuk', en: 'Transfer in' },
    state: 'returned',
    stateLabel: { id: 'Dikembalikan', en: 'Returned' },
    applicant: { nip: '198208172006041002', name: 'Muhammad Syahrul Hidayat', phone: null },
  }),
];
const ids = (items: CaseItem[]) => items.map((i) => i.id);

describe('The queue as the user filters it', () => {
  it('lists the oldest file first', () => {
    expect(ids(filterQueue(queue, NO_FILTER))).toEqual(['000001', '000002', '000003']);
  });

  it("finds by words of the applicant's name, in any order and case", () => {
    expect(ids(filterQueue(queue, { ...NO_FILTER, search: 'hidayat MUHAMMAD' }))).toEqual([
      '000002',
    ]);
  });

  it('finds by the start of a NIP, typed with spaces', () => {
    expect(ids(filterQueue(queue, { ...NO_FILTER, search: '19790101 2005' }))).toEqual(['000003']);
  });

  it('finds by agenda number and by tracking code', () => {
    expect(ids(filterQueue(queue, { ...NO_FILTER, search: 'ag-2026-000003' }))).toEqual(['000003']);
    expect(ids(filterQueue(queue, { ...NO_FILTER, search: 'SP-000001' }))).toEqual(['000001']);
  });

  it('narrows by service, by state and to the overdue ones', () => {
    expect(ids(filterQueue(queue, { ...NO_FILTER, serviceCode: 'MUT-MASUK' }))).toEqual(['000002']);
    expect(ids(filterQueue(queue, { ...NO_FILTER, state: 'verification' }))).toEqual([
      '000001',
      '000003',
    ]);
    expect(ids(filterQueue(queue, { ...NO_FILTER, overdueOnly: true }))).toEqual(['000001']);
  });

  it('offers as choices only the services and states in the queue', () => {
    const { services, states } = choicesOf(queue);
    expect([...services.keys()].sort()).toEqual(['KP-REG', 'MUT-MASUK']);
    expect([...states.keys()].sort()).toEqual(['returned', 'verification']);
  });
});
