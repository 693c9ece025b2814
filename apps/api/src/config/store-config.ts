/**
 * Where events are kept. The embedded SQLite file in the data folder is the default; an
 * office that runs several API nodes points them all at one KurrentDB/EventStoreDB cluster.
 * Read models and their checkpoints stay in each node's own data folder either way.
 */
export type StoreConfig =
  | { kind: 'sqlite' }
  | {
      kind: 'esdb';
      /**
       * An EventStoreDB connection string, e.g.
       * `esdb://admin:changeit@node1:2113,node2:2113,node3:2113?tls=true&tlsCAFile=/certs/ca/ca.crt`
       * or `esdb+discover://admin:changeit@cluster.local:2113?tls=true`.
       */
      url: string;
    };

/** From SATUPINTU_STORE (`sqlite`, the default, or `esdb`) and SATUPINTU_ESDB_URL. */
export function loadStoreConfig(env: NodeJS.ProcessEnv): StoreConfig {
  const kind = env.SATUPINTU_STORE || 'sqlite';
  if (kind === 'sqlite') return { kind };
  if (kind !== 'esdb') throw new Error(`SATUPINTU_STORE must be "sqlite" or "esdb", not "${kind}"`);
  const url = env.SATUPINTU_ESDB_URL?.trim();
  if (!url)
    throw new Error(
      'SATUPINTU_STORE=esdb needs SATUPINTU_ESDB_URL, e.g. esdb://localhost:2113?tls=false',
    );
  if (!/^esdb(\+discover)?:\/\//.test(url))
    throw new Error(
      `SATUPINTU_ESDB_URL must start with esdb:// or esdb+discover://, not "${url.replace(/\/\/[^@/]*@/, '//…@')}"`,
    );
  return { kind, url };
}

/** The connection string with its password hidden, for logs. */
export function describeStore(store: StoreConfig): string {
  return store.kind === 'sqlite'
    ? 'SQLite'
    : `EventStoreDB at ${store.url.replace(/(\/\/[^:@/]+:)[^@/]*@/, '$1***@')}`;
}
