import { prepared, type ReadModelDb } from '@satupintu/projections';
import type { Text } from '@satupintu/ptsp';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { pageSize, toPage, type Page } from '../shared/paging';

export interface RegisterQuery {
  /** The register's (WITA) year; all years when missing. */
  year?: number;
  limit?: number;
  cursor?: string | null;
}

export interface AgendaEntry {
  agendaNumber: string;
  year: number;
  receivedAt: string;
  caseId: string;
  serviceCode: string;
  serviceName: Text;
  applicantName: string | null;
}

export interface LetterEntry {
  letterNumber: string;
  year: number;
  /** WITA date, `YYYY-MM-DD`. */
  letterDate: string;
  caseId: string;
  serviceCode: string;
  serviceName: Text;
  classificationCode: string | null;
}

interface AgendaRow {
  agenda_number: string;
  year: number;
  received_at: string;
  case_id: string;
  service_code: string;
  service_name_id: string;
  service_name_en: string;
  applicant_name: string | null;
}

interface LetterRow {
  letter_number: string;
  year: number;
  sequence: number;
  letter_date: string;
  case_id: string;
  service_code: string;
  service_name_id: string;
  service_name_en: string;
  classification_code: string | null;
}

/**
 * Where a page starts in a register ordered by (year, …rest): within one year the year is an
 * equality and the rest a range, so SQLite seeks straight into the index at the cursor.
 */
function startAfter(year: number | undefined, rest: string[]): string {
  const tuple = (columns: string[]) => `(${columns.join(', ')})`;
  const params = (columns: string[]) => tuple(columns.map((c) => `@after_${c}`));
  return year === undefined
    ? `${tuple(['year', ...rest])} > ${params(['year', ...rest])}`
    : `year = @year AND ${tuple(rest)} > ${params(rest)}`;
}

/** The incoming agenda register in number order, a page at a time. */
export function listAgendaRegister(db: ReadModelDb, query: RegisterQuery = {}): Page<AgendaEntry> {
  const size = pageSize(query.limit);
  const [afterYear, afterNumber] = query.cursor ? decodeCursor(query.cursor, ['number', 'string'] as const) : [0, ''];
  const rows = prepared<[Record<string, unknown>], AgendaRow>(
    db,
    `SELECT * FROM agenda_register WHERE ${startAfter(query.year, ['agenda_number'])}
     ORDER BY year, agenda_number LIMIT @limit`,
  ).all({
    ...(query.year !== undefined ? { year: query.year } : { after_year: afterYear }),
    after_agenda_number: query.year === undefined || query.year === afterYear ? afterNumber : '',
    limit: size + 1,
  });
  return toPage(
    rows,
    size,
    (row) => ({
      agendaNumber: row.agenda_number,
      year: row.year,
      receivedAt: row.received_at,
      caseId: row.case_id,
      serviceCode: row.service_code,
      serviceName: { id: row.service_name_id, en: row.service_name_en },
      applicantName: row.applicant_name,
    }),
    (row) => encodeCursor([row.year, row.agenda_number]),
  );
}

/** The outgoing letter register in the order of the yearly sequence, a page at a time. */
export function listLetterRegister(db: ReadModelDb, query: RegisterQuery = {}): Page<LetterEntry> {
  const size = pageSize(query.limit);
  const [afterYear, afterSequence, afterNumber] = query.cursor
    ? decodeCursor(query.cursor, ['number', 'number', 'string'] as const)
    : [0, -1, ''];
  const sameYear = query.year === undefined || query.year === afterYear;
  const rows = prepared<[Record<string, unknown>], LetterRow>(
    db,
    `SELECT * FROM letter_register WHERE ${startAfter(query.year, ['sequence', 'letter_number'])}
     ORDER BY year, sequence, letter_number LIMIT @limit`,
  ).all({
    ...(query.year !== undefined ? { year: query.year } : { after_year: afterYear }),
    after_sequence: sameYear ? afterSequence : -1,
    after_letter_number: sameYear ? afterNumber : '',
    limit: size + 1,
  });
  return toPage(
    rows,
    size,
    (row) => ({
      letterNumber: row.letter_number,
      year: row.year,
      letterDate: row.letter_date,
      caseId: row.case_id,
      serviceCode: row.service_code,
      serviceName: { id: row.service_name_id, en: row.service_name_en },
      classificationCode: row.classification_code,
    }),
    (row) => encodeCursor([row.year, row.sequence, row.letter_number]),
  );
}
