import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time of each thread of a process (user + system, ms), from /proc: what a run cost the
 * machine, whatever else the machine was doing at the time (wall-clock rates are not).
 * Undefined where there is no /proc (not Linux).
 */
export function threadCpuMs(pid: number = process.pid): Map<string, number> | undefined {
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return undefined;
  }
  const ticksPerMs = 100 / 1000; // USER_HZ is 100 on Linux
  const cpu = new Map<string, number>();
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the command name, which is in parentheses and may contain spaces.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpu.set(tid, (Number(fields[11]) + Number(fields[12])) / ticksPerMs);
    } catch {
      // The thread ended between listing and reading.
    }
  }
  return cpu;
}

export interface CpuSplit {
  /** The process's main thread (the event loop). */
  mainThread: number;
  /** Threads that did not exist at `before` (e.g. the event store's writer thread). */
  newThreads: number;
  /** The other threads (V8's garbage-collection helpers, libuv's pool). */
  otherThreads: number;
}

/** CPU µs per unit of work between two readings of threadCpuMs, split by thread. */
export function cpuMicrosPer(
  units: number,
  before: Map<string, number> | undefined,
  after: Map<string, number> | undefined,
  pid: number = process.pid,
): CpuSplit | undefined {
  if (before === undefined || after === undefined || units === 0) return undefined;
  const split: CpuSplit = { mainThread: 0, newThreads: 0, otherThreads: 0 };
  for (const [tid, ms] of after) {
    const spent = ms - (before.get(tid) ?? 0);
    const key: keyof CpuSplit = tid === String(pid) ? 'mainThread' : before.has(tid) ? 'otherThreads' : 'newThreads';
    split[key] += spent;
  }
  const perUnit = (ms: number) => Math.round((ms * 1000) / units);
  return { mainThread: perUnit(split.mainThread), newThreads: perUnit(split.newThreads), otherThreads: perUnit(split.otherThreads) };
}
