import type { ReadModelDb } from '@satupintu/projections';

export interface RecordedQuery {
  sql: string;
  params: unknown[];
  /** SQLite's plan for it, one line per step, e.g. `SEARCH c USING INDEX cases_by_state (state=? AND …)`. */
  plan: string[];
}

/**
 * Runs `read` on a connection that records every query it makes, with SQLite's plan for each:
 * specs check that queries seek an index in their sort order instead of scanning or sorting
 * the table, which is what keeps them fast with a million rows.
 */
export function queriesOf(db: ReadModelDb, read: (db: ReadModelDb) => unknown): RecordedQuery[] {
  const recorded: RecordedQuery[] = [];
  const spy = new Proxy(db, {
    get(target, property, receiver) {
      if (property !== 'prepare') return Reflect.get(target, property, receiver);
      return (sql: string) => {
        const statement = target.prepare(sql);
        return new Proxy(statement, {
          get(inner, name, innerReceiver) {
            const value = Reflect.get(inner, name, innerReceiver);
            if (name !== 'all' && name !== 'get') return typeof value === 'function' ? value.bind(inner) : value;
            return (...params: unknown[]) => {
              const plan = target.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
              recorded.push({ sql, params, plan: plan.map((step) => step.detail) });
              return (value as (...args: unknown[]) => unknown).apply(inner, params);
            };
          },
        });
      };
    },
  });
  read(spy);
  return recorded;
}
