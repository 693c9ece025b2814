import type { Statement } from 'better-sqlite3';
import type { OcelMemo } from '../ocel/ptsp-objects';
import type { OcelObject, OcelValue } from '../ocel/ocel-types';
import { BatchedWrites, TempDatabase } from './temp-database';

interface ObjectRow {
  n: number;
  id: string;
  type: string;
}
interface AttributeRow {
  object_n: number;
  name: string;
  value: string;
  time: string;
}
interface LinkRow {
  object_n: number;
  target: string;
  qualifier: string;
}

/**
 * Gathers OCEL objects while the events stream past: each object once, its attributes only when
 * their value changes, its links once. Kept in a temporary SQLite file, so the number of cases
 * and letters in an export does not weigh on memory; read back a page at a time.
 */
export class ObjectSpool implements OcelMemo {
  private readonly temp: TempDatabase;
  private readonly writes: BatchedWrites;
  private readonly statements: {
    upsertObject: Statement<[string, string]>;
    objectNumber: Statement<[string], number>;
    latest: Statement<[number, string], string>;
    setLatest: Statement<[number, string, string]>;
    addAttribute: Statement<[number, string, string, string]>;
    addLink: Statement<[number, string, string]>;
    getMemo: Statement<[string], string>;
    setMemo: Statement<[string, string]>;
  };

  constructor(parentDir?: string) {
    this.temp = new TempDatabase(parentDir);
    const db = this.temp.db;
    db.exec(`
      CREATE TABLE objects (n INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, type TEXT NOT NULL);
      CREATE TABLE latest (object_n INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (object_n, name)) WITHOUT ROWID;
      CREATE TABLE attributes (object_n INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, time TEXT NOT NULL);
      CREATE INDEX attributes_by_object ON attributes (object_n);
      CREATE TABLE links (object_n INTEGER NOT NULL, target TEXT NOT NULL, qualifier TEXT NOT NULL, UNIQUE (object_n, target, qualifier));
      CREATE TABLE memo (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
    `);
    this.statements = {
      upsertObject: db.prepare(
        'INSERT INTO objects (id, type) VALUES (?, ?) ON CONFLICT (id) DO NOTHING',
      ),
      objectNumber: db.prepare<[string], number>('SELECT n FROM objects WHERE id = ?').pluck(),
      latest: db
        .prepare<[number, string], string>(
          'SELECT value FROM latest WHERE object_n = ? AND name = ?',
        )
        .pluck(),
      setLatest: db.prepare('INSERT OR REPLACE INTO latest VALUES (?, ?, ?)'),
      addAttribute: db.prepare('INSERT INTO attributes VALUES (?, ?, ?, ?)'),
      addLink: db.prepare('INSERT OR IGNORE INTO links VALUES (?, ?, ?)'),
      getMemo: db.prepare<[string], string>('SELECT value FROM memo WHERE key = ?').pluck(),
      setMemo: db.prepare('INSERT OR REPLACE INTO memo VALUES (?, ?)'),
    };
    this.writes = new BatchedWrites(db);
  }

  /** Notes what one event says about an object. */
  record(object: OcelObject): void {
    const s = this.statements;
    this.writes.write(() => {
      s.upsertObject.run(object.id, object.type);
      const n = s.objectNumber.get(object.id)!;
      for (const { name, value, time } of object.attributes) {
        const json = JSON.stringify(value);
        if (s.latest.get(n, name) === json) continue;
        s.setLatest.run(n, name, json);
        s.addAttribute.run(n, name, json, time);
      }
      for (const { objectId, qualifier } of object.relationships)
        s.addLink.run(n, objectId, qualifier);
    });
  }

  get(key: string): string | undefined {
    return this.statements.getMemo.get(key);
  }

  set(key: string, value: string): void {
    this.writes.write(() => this.statements.setMemo.run(key, value));
  }

  /** Every object gathered, in the order first met, a page at a time. */
  async *objects(pageSize = 500): AsyncGenerator<OcelObject> {
    this.writes.commit();
    const db = this.temp.db;
    const objects = db.prepare<[number, number], ObjectRow>(
      'SELECT n, id, type FROM objects WHERE n > ? ORDER BY n LIMIT ?',
    );
    const attributes = db.prepare<[number, number], AttributeRow>(
      'SELECT object_n, name, value, time FROM attributes WHERE object_n BETWEEN ? AND ? ORDER BY object_n, rowid',
    );
    const links = db.prepare<[number, number], LinkRow>(
      'SELECT object_n, target, qualifier FROM links WHERE object_n BETWEEN ? AND ? ORDER BY object_n, rowid',
    );
    let after = 0;
    for (;;) {
      const rows = objects.all(after, pageSize);
      if (rows.length === 0) return;
      const first = rows[0].n;
      const last = rows[rows.length - 1].n;
      const byNumber = new Map<number, OcelObject>(
        rows.map((r) => [r.n, { id: r.id, type: r.type, attributes: [], relationships: [] }]),
      );
      for (const a of attributes.all(first, last)) {
        byNumber
          .get(a.object_n)!
          .attributes.push({ name: a.name, value: JSON.parse(a.value) as OcelValue, time: a.time });
      }
      for (const l of links.all(first, last))
        byNumber
          .get(l.object_n)!
          .relationships.push({ objectId: l.target, qualifier: l.qualifier });
      yield* byNumber.values();
      if (rows.length < pageSize) return;
      after = last;
    }
  }

  close(): void {
    this.temp.close();
  }
}
