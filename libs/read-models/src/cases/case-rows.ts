import { prepared, type ReadModelDb } from '@satupintu/projections';
import type { WaitingOn } from '@satupintu/ptsp';
import { fromJson, toJson } from '../shared/json-column';
import type { ReturnedPeriod } from '../sla';
import type { CaseRecord } from './case-record';
import type { CaseKind } from './case-summary';

/** A row of `cases` as SQLite returns it. */
export interface CaseRow {
  position: number;
  id: string;
  kind: string;
  revision: number;
  state: string;
  tracking_code: string | null;
  agenda_number: string | null;
  service_code: string;
  service_name_id: string;
  service_name_en: string;
  catalogue_version: number | null;
  applicant_nip: string | null;
  applicant_name: string | null;
  applicant_phone: string | null;
  subdivision: string | null;
  initials_chain: string;
  chain_index: number;
  signer: string | null;
  classification_code: string | null;
  checklist: string;
  submitted_documents: string;
  missing_documents: string;
  letter_number: string | null;
  letter_date: string | null;
  created_at: string;
  updated_at: string;
  received_at: string;
  returned_at: string | null;
  returned_ms: number;
  returned_periods: string;
  ready_at: string | null;
  closed_at: string | null;
  sla_working_days: number;
  waiting_on: string | null;
}

const COLUMNS: readonly (keyof CaseRow)[] = [
  'position', 'id', 'kind', 'revision', 'state', 'tracking_code', 'agenda_number', 'service_code',
  'service_name_id', 'service_name_en', 'catalogue_version', 'applicant_nip', 'applicant_name',
  'applicant_phone', 'subdivision', 'initials_chain', 'chain_index', 'signer', 'classification_code',
  'checklist', 'submitted_documents', 'missing_documents', 'letter_number', 'letter_date', 'created_at',
  'updated_at', 'received_at', 'returned_at', 'returned_ms', 'returned_periods', 'ready_at', 'closed_at',
  'sla_working_days', 'waiting_on',
];

const UPSERT = `INSERT INTO cases (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map((c) => `@${c}`).join(', ')})
  ON CONFLICT (position) DO UPDATE SET ${COLUMNS.filter((c) => c !== 'position')
    .map((c) => `${c} = excluded.${c}`)
    .join(', ')}`;

export function toRecord(row: CaseRow): CaseRecord {
  return {
    id: row.id,
    position: row.position,
    kind: row.kind as CaseKind,
    trackingCode: row.tracking_code,
    agendaNumber: row.agenda_number,
    serviceCode: row.service_code,
    serviceName: { id: row.service_name_id, en: row.service_name_en },
    catalogueVersion: row.catalogue_version,
    applicant: { nip: row.applicant_nip, name: row.applicant_name, phone: row.applicant_phone },
    state: row.state,
    subdivision: row.subdivision,
    initialsChain: fromJson<string[]>(row.initials_chain) ?? [],
    chainIndex: row.chain_index,
    signer: row.signer,
    classificationCode: row.classification_code,
    checklist: fromJson<string[]>(row.checklist) ?? [],
    submittedDocuments: fromJson<string[]>(row.submitted_documents) ?? [],
    missingDocuments: fromJson<string[]>(row.missing_documents) ?? [],
    letterNumber: row.letter_number,
    letterDate: row.letter_date,
    revision: row.revision,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    receivedAt: row.received_at,
    returnedAt: row.returned_at,
    returnedMs: row.returned_ms,
    returnedPeriods: fromJson<ReturnedPeriod[]>(row.returned_periods) ?? [],
    readyAt: row.ready_at,
    closedAt: row.closed_at,
    slaWorkingDays: row.sla_working_days,
    waitingOn: fromJson<WaitingOn>(row.waiting_on),
  };
}

function toRow(record: CaseRecord): CaseRow {
  return {
    position: record.position,
    id: record.id,
    kind: record.kind,
    revision: record.revision,
    state: record.state,
    tracking_code: record.trackingCode,
    agenda_number: record.agendaNumber,
    service_code: record.serviceCode,
    service_name_id: record.serviceName.id,
    service_name_en: record.serviceName.en,
    catalogue_version: record.catalogueVersion,
    applicant_nip: record.applicant.nip,
    applicant_name: record.applicant.name,
    applicant_phone: record.applicant.phone,
    subdivision: record.subdivision,
    initials_chain: toJson(record.initialsChain),
    chain_index: record.chainIndex,
    signer: record.signer,
    classification_code: record.classificationCode,
    checklist: toJson(record.checklist),
    submitted_documents: toJson(record.submittedDocuments),
    missing_documents: toJson(record.missingDocuments),
    letter_number: record.letterNumber,
    letter_date: record.letterDate,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
    received_at: record.receivedAt,
    returned_at: record.returnedAt,
    returned_ms: record.returnedMs,
    returned_periods: toJson(record.returnedPeriods),
    ready_at: record.readyAt,
    closed_at: record.closedAt,
    sla_working_days: record.slaWorkingDays,
    waiting_on: record.waitingOn === null ? null : toJson(record.waitingOn),
  };
}

/** A case as stored: the row as SQLite returned it (to tell what an event changed) and as a record. */
export interface StoredCase {
  row: CaseRow;
  record: CaseRecord;
}

export function readStoredCase(db: ReadModelDb, id: string): StoredCase | undefined {
  const row = prepared<[string], CaseRow>(db, 'SELECT * FROM cases WHERE id = ?').get(id);
  return row && { row, record: toRecord(row) };
}

/** A new case's row. */
export function insertCaseRecord(db: ReadModelDb, record: CaseRecord): void {
  prepared<[CaseRow]>(db, UPSERT).run(toRow(record));
}

/**
 * Writes only the columns an event changed. An UPDATE rewrites the entries of every index on a
 * column it sets, changed or not: setting all of them (an upsert) cost seven index rewrites per
 * event where an event usually moves one (state or sub-division). One statement per set of
 * changed columns, prepared once; events of a kind change the same few columns.
 */
export function updateCaseRecord(db: ReadModelDb, before: CaseRow, record: CaseRecord): void {
  const after = toRow(record);
  const changed = COLUMNS.filter((column) => column !== 'position' && after[column] !== before[column]);
  if (changed.length === 0) return;
  const sql = `UPDATE cases SET ${changed.map((column) => `${column} = ?`).join(', ')} WHERE position = ?`;
  prepared(db, sql).run(...changed.map((column) => after[column]), before.position);
}
