import type { FieldProblem } from '@satupintu/read-models';

/** `details` of a 400: the problems of each field, keyed by the field's path (e.g. `days.0.date`). */
export interface FieldDetails {
  fields: Record<string, string[]>;
}

export function fieldDetails(problems: readonly FieldProblem[]): FieldDetails {
  // No prototype: a field named `constructor` or `__proto__` (a client may send one) is a key like any other.
  const fields = Object.create(null) as Record<string, string[]>;
  for (const { field, problem } of problems) {
    const list = (fields[field] ??= []);
    if (!list.includes(problem)) list.push(problem);
  }
  return { fields };
}
