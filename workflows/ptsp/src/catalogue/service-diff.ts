import type { CatalogueChangeAction } from './catalogue-change';
import type { LetterService, ServiceDefinition } from './types';

/** A field of a service whose value changed from one version to the next. */
export type FieldChange = {
  field: 'name' | 'subdivision' | 'slaWorkingDays' | 'documents' | 'initialsChain' | 'signer' | 'classificationCode';
  /** Scalars as they are; the name as its Indonesian text; documents and chains as lists of codes and posts (an optional document's code ends in `?`). */
  before: string | number | string[] | null;
  after: string | number | string[] | null;
};

/** What one published change did to one service: what the change history shows. */
export type ServiceDiff = { code: string; action: CatalogueChangeAction; fields: FieldChange[] };

type Comparable = string | number | string[] | null;

function facts(service: ServiceDefinition | undefined): Record<FieldChange['field'], Comparable> {
  const letter = service?.kind === 'letter' ? (service as LetterService) : undefined;
  return {
    name: service?.name.id ?? null,
    subdivision: letter?.subdivision ?? null,
    slaWorkingDays: service?.slaWorkingDays ?? null,
    documents: service ? service.documents.map((d) => (d.required ? d.code : `${d.code}?`)) : null,
    initialsChain: letter?.initialsChain ?? null,
    signer: letter?.signer ?? null,
    classificationCode: letter?.classificationCode ?? null,
  };
}

const same = (a: Comparable, b: Comparable) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields that differ between a service's definition before and after a change (either side
 * may be missing: added, retired). Document names and conditions count as documents changing.
 */
export function diffService(
  code: string,
  action: CatalogueChangeAction,
  before: ServiceDefinition | undefined,
  after: ServiceDefinition | undefined,
): ServiceDiff {
  const was = facts(before);
  const is = facts(after);
  const fields = (Object.keys(was) as FieldChange['field'][])
    .filter((field) =>
      field === 'documents'
        ? !same(was.documents, is.documents) || JSON.stringify(before?.documents) !== JSON.stringify(after?.documents)
        : !same(was[field], is[field]),
    )
    .map((field) => ({ field, before: was[field], after: is[field] }));
  return { code, action, fields };
}
