import type { CatalogueRule } from './catalogue-rules';
import { catalogueProblem, letterServiceProblems, type CatalogueProblem } from './service-rules';
import type { Text } from '../i18n/text';
import type { Catalogue, LetterService, ServiceDefinition } from './types';

/**
 * One change an admin publishes: a letter service replaced by a new definition, added, or
 * retired (no new file can be received for it; files already received keep their copy).
 * The consultation is not edited: its workflow reads no checklist or chain.
 */
export type CatalogueChange =
  | { action: 'update'; service: LetterService }
  | { action: 'add'; service: LetterService }
  | { action: 'retire'; code: string };

export type CatalogueChangeAction = CatalogueChange['action'];

/** The next version, and the changes as they are to be stored (only a service's own fields, texts trimmed). */
export type PublishOutcome =
  | { ok: true; catalogue: Catalogue; changes: CatalogueChange[] }
  | { ok: false; problems: CatalogueProblem[] };

export const MAX_CHANGES_PER_VERSION = 20;

const trimmed = (text: Text): Text => ({ id: text.id.trim(), en: text.en.trim() });

/** A letter service with only the fields a service has: what an event stores and a case copies. */
function canonical(service: LetterService): LetterService {
  return {
    kind: 'letter',
    code: service.code,
    name: trimmed(service.name),
    subdivision: service.subdivision,
    slaWorkingDays: service.slaWorkingDays,
    documents: service.documents.map((d) => ({
      code: d.code,
      name: trimmed(d.name),
      required: d.required,
      ...(d.condition ? { condition: trimmed(d.condition) } : {}),
    })),
    initialsChain: [...service.initialsChain],
    signer: service.signer,
    classificationCode: service.classificationCode,
  };
}

const canonicalChange = (change: CatalogueChange): CatalogueChange =>
  change.action === 'retire' ? { action: 'retire', code: change.code } : { action: change.action, service: canonical(change.service) };

const codeOf = (change: CatalogueChange): string => (change.action === 'retire' ? change.code : change.service?.code);

function changeProblems(current: Catalogue, change: CatalogueChange, prefix: string): CatalogueProblem[] {
  const existing = current.services.find((s) => s.code === codeOf(change));
  const problem = (field: string, broken: CatalogueRule): CatalogueProblem[] => [catalogueProblem(`${prefix}${field}`, broken)];
  switch (change.action) {
    case 'add':
      if (existing) return problem('service.code', { rule: 'serviceExists', service: existing.code });
      return letterServiceProblems(change.service, `${prefix}service.`);
    case 'update':
      if (!existing) return problem('service.code', { rule: 'noServiceToChange', service: codeOf(change) });
      if (existing.kind !== 'letter') return problem('service.code', { rule: 'consultationNotLetter', service: existing.code });
      return letterServiceProblems(change.service, `${prefix}service.`);
    case 'retire':
      if (!existing) return problem('code', { rule: 'noServiceToRetire', service: change.code });
      if (existing.kind !== 'letter') return problem('code', { rule: 'consultationNotLetter', service: existing.code });
      return [];
    default:
      return problem('action', { rule: 'chooseChangeAction' });
  }
}

function applied(services: ServiceDefinition[], change: CatalogueChange): ServiceDefinition[] {
  switch (change.action) {
    case 'update':
      return services.map((s) => (s.code === change.service.code ? structuredClone(change.service) : s));
    case 'add': {
      // A new letter service goes before the consultation, which stays last at the desk.
      const at = services.findIndex((s) => s.kind === 'consultation');
      const copy = [...services];
      copy.splice(at === -1 ? copy.length : at, 0, structuredClone(change.service));
      return copy;
    }
    case 'retire':
      return services.filter((s) => s.code !== change.code);
  }
}

/**
 * The next version of a catalogue with the changes applied, or every problem found. Pure: the
 * same current catalogue and changes give the same outcome, so a read model that folds the
 * published changes over the seed rebuilds exactly what was published.
 * `prefixOf(i)` names the fields of the i-th change (`changes.0.` by default).
 */
export function publishCatalogueChange(
  current: Catalogue,
  changes: readonly CatalogueChange[],
  prefixOf: (index: number) => string = (i) => `changes.${i}.`,
): PublishOutcome {
  const problems: CatalogueProblem[] = [];
  if (changes.length === 0) problems.push(catalogueProblem('changes', { rule: 'atLeastOneChange' }));
  if (changes.length > MAX_CHANGES_PER_VERSION)
    problems.push(catalogueProblem('changes', { rule: 'atMostChanges', max: MAX_CHANGES_PER_VERSION }));
  const touched = new Set<string>();
  changes.forEach((change, i) => {
    const code = codeOf(change);
    if (touched.has(code)) problems.push(catalogueProblem(`${prefixOf(i)}code`, { rule: 'changedTwice', service: code }));
    touched.add(code);
    problems.push(...changeProblems(current, change, prefixOf(i)));
  });
  if (problems.length > 0) return { ok: false, problems };

  const stored = changes.map(canonicalChange);
  const next = foldCatalogueChanges(current, stored);
  if (!next.services.some((s) => s.kind === 'letter')) {
    return { ok: false, problems: [catalogueProblem('changes', { rule: 'keepOneLetterService' })] };
  }
  return { ok: true, catalogue: next, changes: stored };
}

/**
 * The next version with changes that were already published applied, without judging them
 * again: a rebuild must give what was published even after a later release changes the rules
 * or the organisation. A change of a service that is not there changes nothing.
 */
export function foldCatalogueChanges(current: Catalogue, changes: readonly CatalogueChange[]): Catalogue {
  return { version: current.version + 1, services: structuredClone(changes.reduce(applied, current.services)) };
}
