/** The workflows whose instances are cases: files (berkas) and consultations (konsultasi). */
export const CASE_KINDS = ['berkas', 'konsultasi'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** Streams are `${workflow}-${id}`: the case read models read these and nothing else. */
export const CASE_STREAM_PREFIXES: readonly string[] = CASE_KINDS.map((kind) => `${kind}-`);

export function caseKindOf(caseId: string): CaseKind | undefined {
  return CASE_KINDS.find((kind) => caseId.startsWith(`${kind}-`));
}
