import { prepared, type ReadModelDb } from '@satupintu/projections';
import { normalizeNip, normalizeTrackingCode } from '@satupintu/ptsp';
import type { CaseRecord } from './case-record';

/** Adds an applicant's name to the word index; a case's applicant never changes after receipt. */
export function indexApplicantName(db: ReadModelDb, record: CaseRecord): void {
  if (record.applicant.name === null) return;
  prepared<[number, string]>(db, 'INSERT INTO case_search (rowid, applicant_name) VALUES (?, ?)').run(
    record.position,
    record.applicant.name,
  );
}

/**
 * What a search box query becomes: the ids of cases whose tracking code or agenda number is the
 * query, whose NIP starts with it (when it is digits), or whose applicant's name has words
 * starting with each word of it. Each part uses an index, so a search never scans the table.
 */
export function searchMatches(q: string): { sql: string; params: Record<string, string> } | undefined {
  const trimmed = q.trim();
  if (trimmed === '') return undefined;
  const parts = [
    'SELECT id FROM cases WHERE tracking_code = @searchCode',
    'SELECT id FROM cases WHERE agenda_number = @searchCode',
  ];
  const params: Record<string, string> = { searchCode: normalizeTrackingCode(trimmed) };
  const digits = normalizeNip(trimmed);
  if (/^\d{4,18}$/.test(digits)) {
    // ':' follows '9' in ASCII: the range holds exactly the NIPs that start with these digits.
    parts.push('SELECT id FROM cases WHERE applicant_nip >= @nipFrom AND applicant_nip < @nipTo');
    Object.assign(params, { nipFrom: digits, nipTo: `${digits}:` });
  }
  const words = nameQuery(trimmed);
  if (words !== undefined) {
    parts.push('SELECT c.id FROM case_search s JOIN cases c ON c.position = s.rowid WHERE case_search MATCH @nameQuery');
    params.nameQuery = words;
  }
  return { sql: parts.join(' UNION '), params };
}

/** Every word as a quoted prefix term, so that what people type is never read as FTS syntax. */
function nameQuery(q: string): string | undefined {
  const words = q.match(/[\p{L}\p{N}]+/gu);
  return words ? words.map((word) => `"${word}"*`).join(' ') : undefined;
}
