import type { JsonValue, RecordedEvent } from '@satupintu/event-store';
import { prepared, type Projection, type ReadModelDb } from '@satupintu/projections';
import {
  catalogue,
  diffService,
  foldCatalogueChanges,
  type Catalogue,
  type CatalogueChange,
  type LetterService,
  type ServiceDefinition,
} from '@satupintu/ptsp';
import { occurredAt } from '../accounts/admin-metadata';
import { numberOf, objectOf, textOf } from '../shared/event-data';
import { fromJson, toJson } from '../shared/json-column';
import {
  CATALOGUE_STREAM,
  CATALOGUE_STREAM_PREFIX,
  CatalogueEventType,
  SEED_CATALOGUE_VERSION,
} from './catalogue-events';

/** The services of the latest version projected so far (the seed before any change). */
export function projectedCatalogue(db: ReadModelDb, version?: number): Catalogue | undefined {
  const row =
    version === undefined
      ? prepared<[], { version: number; services: string }>(
          db,
          'SELECT version, services FROM catalogue_versions ORDER BY version DESC LIMIT 1',
        ).get()
      : prepared<[number], { version: number; services: string }>(
          db,
          'SELECT version, services FROM catalogue_versions WHERE version = ?',
        ).get(version);
  if (row)
    return { version: row.version, services: fromJson<ServiceDefinition[]>(row.services) ?? [] };
  return version === undefined || version === SEED_CATALOGUE_VERSION
    ? catalogue(SEED_CATALOGUE_VERSION)
    : undefined;
}

const isObject = (value: JsonValue | undefined): value is Record<string, JsonValue> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The changes as stored, each read defensively: a malformed one makes the whole event unusable. */
function changesOf(value: JsonValue | undefined): CatalogueChange[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const changes: CatalogueChange[] = [];
  for (const item of value) {
    if (!isObject(item)) return undefined;
    if (item.action === 'retire' && typeof item.code === 'string') {
      changes.push({ action: 'retire', code: item.code });
    } else if (
      (item.action === 'update' || item.action === 'add') &&
      isObject(item.service) &&
      typeof item.service.code === 'string'
    ) {
      changes.push({ action: item.action, service: item.service as unknown as LetterService });
    } else return undefined;
  }
  return changes;
}

function applyPublished(db: ReadModelDb, event: RecordedEvent): void {
  const data = objectOf(event.data);
  const changes = changesOf(data.changes);
  const previous = projectedCatalogue(db);
  // Versions follow one another: an event that skips or repeats one is not a publication.
  if (!changes || !previous || numberOf(data.version) !== previous.version + 1) return;
  const next = foldCatalogueChanges(previous, changes);
  const diffs = changes.map((change) => {
    const code = change.action === 'retire' ? change.code : change.service.code;
    return diffService(
      code,
      change.action,
      previous.services.find((s) => s.code === code),
      next.services.find((s) => s.code === code),
    );
  });
  const actor = objectOf(event.metadata.actor);
  const by = textOf(actor.id) === null ? null : { id: textOf(actor.id), name: textOf(actor.name) };
  prepared(
    db,
    `INSERT INTO catalogue_versions (version, revision, published_at, published_by, reason, diffs, services)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    next.version,
    event.revision,
    occurredAt(event),
    by === null ? null : toJson(by),
    textOf(data.reason) ?? '',
    toJson(diffs),
    toJson(next.services),
  );
}

/**
 * Every published version of the catalogue after the seed, from `catalogue-services`: each row
 * holds the whole catalogue of its version (what new files copy from), what changed from the
 * previous one, who published it, when and why.
 */
export const catalogueProjection: Projection = {
  name: 'catalogue',
  version: 1,
  streamPrefixes: [CATALOGUE_STREAM_PREFIX],
  tables: ['catalogue_versions'],
  setup(db) {
    db.exec(`CREATE TABLE IF NOT EXISTS catalogue_versions (
      version INTEGER PRIMARY KEY,
      revision INTEGER NOT NULL,
      published_at TEXT NOT NULL,
      published_by TEXT,
      reason TEXT NOT NULL,
      diffs TEXT NOT NULL,
      services TEXT NOT NULL
    ) STRICT;`);
  },
  apply(db, event) {
    if (event.streamId !== CATALOGUE_STREAM || event.type !== CatalogueEventType.CataloguePublished)
      return;
    applyPublished(db, event);
  },
};
