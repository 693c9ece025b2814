/**
 * A clock the seeder can set, for an engine built with `clock: () => clock.now()`: the demo then
 * dates each step in the past (a file received three weeks ago, returned, resubmitted…) instead
 * of all at the moment of seeding. Once released it reads the real time again.
 */
export interface DemoClock {
  now(): Date;
  set(at: Date): void;
  release(): void;
}

export function demoClock(realTime: () => Date = () => new Date()): DemoClock {
  let fixed: Date | undefined;
  return {
    now: () => (fixed ? new Date(fixed) : realTime()),
    set: (at) => {
      fixed = new Date(at);
    },
    release: () => {
      fixed = undefined;
    },
  };
}
