export { InvalidCursorError } from './cursor';
export { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Page } from './paging';
export { CASE_KINDS, type CaseKind } from './case-streams';
export type { StoredPrincipal, StoredActor } from './workflow-event';
