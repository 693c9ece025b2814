import { DAY_MS } from '@satupintu/ptsp';
import { witaDayStart } from './working-days';

/** A stretch of time, in epoch ms, during which the clock is paused. */
export interface Pause {
  from: number;
  to: number;
}

/**
 * The stretches [start, end) during which an SLA clock runs, in order, from `start` on: parts of
 * working days that no pause covers. Endless: callers stop when they have what they need.
 */
export function* runningStretches(
  start: number,
  pauses: readonly Pause[],
  isWorkingDay: (dayStart: number) => boolean,
): Generator<[number, number]> {
  const sorted = [...pauses].sort((a, b) => a.from - b.from);
  let t = start;
  let next = 0;
  for (;;) {
    while (next < sorted.length && sorted[next].to <= t) next++;
    const pause = sorted[next];
    if (pause !== undefined && pause.from <= t) {
      t = pause.to;
      continue;
    }
    const dayEnd = witaDayStart(t) + DAY_MS;
    if (!isWorkingDay(witaDayStart(t))) {
      t = dayEnd;
      continue;
    }
    const end = Math.min(dayEnd, pause?.from ?? Infinity);
    yield [t, end];
    t = end;
  }
}

/** How long the clock ran between `start` and `until`. */
export function runningTimeUntil(stretches: Iterable<[number, number]>, until: number): number {
  let total = 0;
  for (const [from, to] of stretches) {
    if (from >= until) break;
    total += Math.min(to, until) - from;
  }
  return total;
}

/** The instant at which the clock has run for `budget` ms. */
export function instantAfterRunning(stretches: Iterable<[number, number]>, budget: number): number {
  let left = budget;
  for (const [from, to] of stretches) {
    if (to - from >= left) return from + left;
    left -= to - from;
  }
  throw new Error('unreachable: running stretches never end');
}
