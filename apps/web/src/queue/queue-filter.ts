import type { CaseItem } from '../api/types';

export interface QueueFilter {
  /** Words of the applicant's name, a NIP (or its start), an agenda number or a tracking code. */
  search: string;
  serviceCode: string;
  state: string;
  overdueOnly: boolean;
}

export const NO_FILTER: QueueFilter = {
  search: '',
  serviceCode: '',
  state: '',
  overdueOnly: false,
};

const fold = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '');
const digits = (text: string) => text.replace(/[\s.]/g, '');

function matchesSearch(item: CaseItem, search: string): boolean {
  const words = fold(search).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const nip = item.applicant.nip ?? '';
  // Digits alone are a NIP as people type it ("19850312 201003 …") or a number's digits.
  if (/^[\d\s.]+$/.test(search.trim())) {
    const typed = digits(search);
    return nip.startsWith(typed) || (item.agendaNumber ?? '').includes(typed);
  }
  const haystack = fold(
    [
      item.applicant.name ?? '',
      item.agendaNumber ?? '',
      item.trackingCode ?? '',
      item.serviceCode,
      item.serviceName.id,
      item.serviceName.en,
    ].join(' '),
  );
  return words.every(
    (word) =>
      haystack.includes(word) || (/^\d+$/.test(digits(word)) && nip.startsWith(digits(word))),
  );
}

/** The queue as the user filters it: oldest first, as the desk works (first come, first served). */
export function filterQueue(items: readonly CaseItem[], filter: QueueFilter): CaseItem[] {
  return items
    .filter(
      (item) =>
        (filter.serviceCode === '' || item.serviceCode === filter.serviceCode) &&
        (filter.state === '' || item.state === filter.state) &&
        (!filter.overdueOnly || item.sla.breached) &&
        matchesSearch(item, filter.search),
    )
    .sort(oldestFirst);
}

export function oldestFirst(a: CaseItem, b: CaseItem): number {
  return a.createdAt < b.createdAt
    ? -1
    : a.createdAt > b.createdAt
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;
}

/** The services and states present in the queue, for the filter's choices. */
export function choicesOf(items: readonly CaseItem[]) {
  const services = new Map<string, CaseItem['serviceName']>();
  const states = new Map<string, CaseItem['stateLabel']>();
  for (const item of items) {
    services.set(item.serviceCode, item.serviceName);
    states.set(item.state, item.stateLabel);
  }
  return { services, states };
}
