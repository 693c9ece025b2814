import { prepared, type ReadModelDb } from '@satupintu/projections';
import { dateOfDay } from '../time/wita-days';
import { periodDays, type Period } from './period';

/** Files received, completed (the office's work done; how many of them late), returned, expired and withdrawn. */
export interface FlowCounts {
  received: number;
  completed: number;
  completedLate: number;
  returned: number;
  expired: number;
  withdrawn: number;
}

export interface Throughput {
  /** Every day of the period (WITA dates), zeros included, summed over the services asked for. */
  days: Array<{ date: string } & FlowCounts>;
  /** The period's totals per service. */
  services: Array<{ serviceCode: string } & FlowCounts>;
  /** Per day and service, the days on which something happened. */
  rows: Array<{ date: string; serviceCode: string } & FlowCounts>;
}

interface CountRow {
  day: number;
  service_code: string;
  received: number;
  completed: number;
  completed_late: number;
  returned: number;
  expired: number;
  withdrawn: number;
}

const zero = (): FlowCounts => ({
  received: 0,
  completed: 0,
  completedLate: 0,
  returned: 0,
  expired: 0,
  withdrawn: 0,
});

const countsOf = (row: CountRow): FlowCounts => ({
  received: row.received,
  completed: row.completed,
  completedLate: row.completed_late,
  returned: row.returned,
  expired: row.expired,
  withdrawn: row.withdrawn,
});

const COUNT_KEYS: readonly (keyof FlowCounts)[] = [
  'received',
  'completed',
  'completedLate',
  'returned',
  'expired',
  'withdrawn',
];

function add(into: FlowCounts, counts: FlowCounts): void {
  for (const key of COUNT_KEYS) into[key] += counts[key];
}

/** Per day and service, from the day counters: a period costs one row per day and service. */
export function throughput(
  db: ReadModelDb,
  query: { period: Period; serviceCode?: string },
): Throughput {
  const { fromDay, toDay } = periodDays(query.period);
  const service = query.serviceCode ?? null;
  const rows = prepared<[number, number, string | null, string | null], CountRow>(
    db,
    `SELECT * FROM analytics_throughput WHERE day BETWEEN ? AND ? AND (? IS NULL OR service_code = ?)
     ORDER BY day, service_code`,
  ).all(fromDay, toDay, service, service);
  const days = Array.from({ length: toDay - fromDay + 1 }, (_v, i) => ({
    date: dateOfDay(fromDay + i),
    ...zero(),
  }));
  const services = new Map<string, { serviceCode: string } & FlowCounts>();
  for (const row of rows) {
    const counts = countsOf(row);
    add(days[row.day - fromDay], counts);
    let total = services.get(row.service_code);
    if (total === undefined) {
      total = { serviceCode: row.service_code, ...zero() };
      services.set(row.service_code, total);
    }
    add(total, counts);
  }
  return {
    days,
    services: [...services.values()].sort((a, b) => a.serviceCode.localeCompare(b.serviceCode)),
    rows: rows.map((row) => ({
      date: dateOfDay(row.day),
      serviceCode: row.service_code,
      ...countsOf(row),
    })),
  };
}
