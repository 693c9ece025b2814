import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SqliteEventStore } from '@satupintu/event-store/sqlite';
import { CliError } from '../cli-error';

export const EVENTS_FILE = 'events.sqlite';

/** Where the embedded store lives: --data, else SATUPINTU_DATA, else ./data (as `npm start`). */
export function dataDirectory(option?: string): string {
  return resolve(option ?? process.env.SATUPINTU_DATA ?? 'data');
}

/**
 * Opens the embedded event store of a data folder. Reading commands refuse a folder without
 * a store rather than silently creating an empty one (a mistyped path would look like "no case").
 */
export function openEventStore(dataDir: string, { create }: { create: boolean }): SqliteEventStore {
  const file = join(dataDir, EVENTS_FILE);
  if (existsSync(dataDir) && !statSync(dataDir).isDirectory()) {
    throw new CliError(`${dataDir} is not a folder. Give the data folder with --data.`);
  }
  if (!existsSync(file)) {
    if (!create) throw new CliError(`No event store at ${file}. Give the data folder with --data (or SATUPINTU_DATA).`);
    mkdirSync(dirname(file), { recursive: true });
  }
  try {
    return new SqliteEventStore(file);
  } catch (error) {
    throw new CliError(`Cannot open the event store at ${file}: ${(error as Error).message}`);
  }
}
