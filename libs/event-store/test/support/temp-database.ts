import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A directory of its own under os.tmpdir() for one test's database file (plus -wal, -shm). */
export interface TempDatabase {
  file: string;
  remove(): Promise<void>;
}

export function tempDatabase(prefix = 'satupintu-event-store-'): TempDatabase {
  const directory = mkdtempSync(join(tmpdir(), prefix));
  return {
    file: join(directory, 'events.sqlite'),
    remove: async () => rmSync(directory, { recursive: true, force: true }),
  };
}
