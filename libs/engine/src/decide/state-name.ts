import type { StateValue } from 'xstate';

/** A state value as one readable string: `returned`, `initials.pending` (parallel regions joined by `,`). */
export function stateName(value: StateValue): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([key, child]) => {
      const inner = child === undefined ? '' : stateName(child as StateValue);
      return inner ? `${key}.${inner}` : key;
    })
    .join(',');
}
