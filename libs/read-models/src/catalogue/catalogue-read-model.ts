import { prepared, type ReadModelDb } from '@satupintu/projections';
import type { Catalogue, ServiceDefinition, ServiceDiff } from '@satupintu/ptsp';
import { fromJson } from '../shared/json-column';
import { SEED_CATALOGUE_VERSION } from './catalogue-events';
import { projectedCatalogue } from './catalogue-projection';

/** One published version as the change history shows it. */
export interface CatalogueVersionView {
  version: number;
  /** When it was published; null for the seed, which came with the software. */
  publishedAt: string | null;
  publishedBy: { id: string; name: string | null } | null;
  reason: string | null;
  /** What changed from the previous version, per service; empty for the seed. */
  changes: ServiceDiff[];
}

interface VersionRow {
  version: number;
  published_at: string;
  published_by: string | null;
  reason: string;
  diffs: string;
}

const SEED_VIEW: CatalogueVersionView = {
  version: SEED_CATALOGUE_VERSION,
  publishedAt: null,
  publishedBy: null,
  reason: null,
  changes: [],
};

/**
 * The published catalogue versions (see catalogueProjection). A version never changes once
 * published, so each is parsed once and kept; callers get copies, which they may edit.
 */
export class CatalogueReadModel {
  private readonly versions = new Map<number, Catalogue>();

  constructor(private readonly db: ReadModelDb) {}

  latestVersion(): number {
    const row = prepared<[], { version: number | null }>(
      this.db,
      'SELECT MAX(version) AS version FROM catalogue_versions',
    ).get();
    return row?.version ?? SEED_CATALOGUE_VERSION;
  }

  /** The catalogue at a version (the latest when none is given); undefined for a version never published. */
  at(version: number = this.latestVersion()): Catalogue | undefined {
    const found = this.published(version);
    return found && structuredClone(found);
  }

  /** One service of a version (the latest when none is given), as a copy. */
  service(code: string, version: number = this.latestVersion()): ServiceDefinition | undefined {
    const found = this.published(version)?.services.find((s) => s.code === code);
    return found && structuredClone(found);
  }

  /** Every version, oldest first, the seed included. */
  history(): CatalogueVersionView[] {
    const rows = prepared<[], VersionRow>(
      this.db,
      'SELECT version, published_at, published_by, reason, diffs FROM catalogue_versions ORDER BY version',
    ).all();
    return [
      SEED_VIEW,
      ...rows.map((row) => ({
        version: row.version,
        publishedAt: row.published_at,
        publishedBy: fromJson<{ id: string; name: string | null }>(row.published_by),
        reason: row.reason,
        changes: fromJson<ServiceDiff[]>(row.diffs) ?? [],
      })),
    ];
  }

  private published(version: number): Catalogue | undefined {
    let found = this.versions.get(version);
    if (found === undefined) {
      found = projectedCatalogue(this.db, version);
      if (found !== undefined) this.versions.set(version, found);
    }
    return found;
  }
}
