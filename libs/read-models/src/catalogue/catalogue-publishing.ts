import type { Actor } from '@satupintu/engine';
import type { JsonObject } from '@satupintu/event-store';
import {
  publishCatalogueChange,
  type Catalogue,
  type CatalogueChange,
  type CatalogueRule,
} from '@satupintu/ptsp';
import { AdminInputError, fieldProblem, type FieldProblem } from '../accounts/accounts-errors';
import { appendAdminEvents, type AdminAppendContext } from '../accounts/admin-context';
import {
  CATALOGUE_STREAM,
  CatalogueEventType,
  SEED_CATALOGUE_VERSION,
  revisionOfVersion,
} from './catalogue-events';
import { CatalogueChangedError } from './catalogue-errors';
import type { CatalogueReadModel } from './catalogue-read-model';

export const MAX_REASON_LENGTH = 500;

/** A field's problem with the catalogue rule it breaks, so the API can say it in the language asked for. */
export interface CatalogueFieldProblem extends FieldProblem {
  broken: CatalogueRule;
}

export const isCatalogueFieldProblem = (problem: FieldProblem): problem is CatalogueFieldProblem =>
  'broken' in problem;

/** What publishing needs: the admin append path and the published versions. */
export interface CatalogueContext extends AdminAppendContext {
  catalogue: CatalogueReadModel;
}

export interface CatalogueChangeRequest {
  /** The version the admin edited: the change is refused (409) when another was published since. */
  expectedVersion: number;
  /** Why: what an auditor reads beside the change. */
  reason: string;
  changes: CatalogueChange[];
}

/**
 * Publishes the next catalogue version: checked by the domain's rules, appended to the
 * catalogue stream with the revision that follows from the edited version (optimistic
 * concurrency), answered once the read models show it. New files take the new version; files
 * already received keep the copy of their service that their first event holds.
 * `renameField` names fields in refusals as the caller's form does (`changes.0.service.signer` → `signer`).
 */
export async function publishCatalogue(
  context: CatalogueContext,
  actor: Actor,
  request: CatalogueChangeRequest,
  renameField: (field: string) => string = (field) => field,
): Promise<Catalogue> {
  const basics: FieldProblem[] = [];
  const versionGiven =
    Number.isInteger(request.expectedVersion) && request.expectedVersion >= SEED_CATALOGUE_VERSION;
  if (!versionGiven)
    basics.push(
      fieldProblem('expectedVersion', {
        id: 'isi versi katalog yang Anda ubah',
        en: 'give the catalogue version you edited',
      }),
    );
  const reason = typeof request.reason === 'string' ? request.reason.trim() : '';
  if (reason === '' || reason.length > MAX_REASON_LENGTH)
    basics.push(
      fieldProblem('reason', {
        id: `tuliskan alasannya, paling banyak ${MAX_REASON_LENGTH} karakter`,
        en: `say why, in up to ${MAX_REASON_LENGTH} characters`,
      }),
    );
  const latest = context.catalogue.latestVersion();
  if (versionGiven && request.expectedVersion !== latest)
    throw new CatalogueChangedError(request.expectedVersion, latest);
  const current = context.catalogue.at(latest);
  if (current === undefined)
    throw new Error(`Catalogue version ${latest} is missing from the read models`);

  // Every problem at once, so the form can show them all.
  const outcome = publishCatalogueChange(current, request.changes);
  const problems = [
    ...basics,
    ...(outcome.ok
      ? []
      : outcome.problems.map(
          (p): CatalogueFieldProblem => ({
            field: renameField(p.field),
            problem: p.problem,
            broken: p.broken,
          }),
        )),
  ];
  if (problems.length > 0 || !outcome.ok) throw new AdminInputError(problems);

  const expectedRevision =
    latest === SEED_CATALOGUE_VERSION ? 'no_stream' : revisionOfVersion(latest);
  await appendAdminEvents(context, actor, CATALOGUE_STREAM, expectedRevision, [
    {
      type: CatalogueEventType.CataloguePublished,
      data: {
        version: outcome.catalogue.version,
        reason,
        changes: outcome.changes,
      } as unknown as JsonObject,
    },
  ]);
  const published = context.catalogue.at(outcome.catalogue.version);
  if (published === undefined)
    throw new Error(
      `Catalogue version ${outcome.catalogue.version} was published but is not in the read models`,
    );
  return published;
}
