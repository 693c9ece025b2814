import { createHash } from 'node:crypto';
import { prepared, type Projection, type ReadModelDb } from '@satupintu/projections';
import { berkas, findService, konsultasi, type Text } from '@satupintu/ptsp';
import { caseKindOf, CASE_STREAM_PREFIXES } from '../shared/case-streams';
import { objectOf, textListOf, textOf } from '../shared/event-data';
import { fromJson, toJson } from '../shared/json-column';
import { readWorkflowEvent, type WorkflowEvent } from '../shared/workflow-event';
import { setupTrackingTables, TRACKING_TABLES } from './tracking-schema';

export interface StoredStep {
  state: string;
  at: string;
}

interface StatusRow {
  revision: number;
  state: string;
  steps: string;
  missing_documents: string;
}

const RETURNED = 'returned';

/** The public status by tracking code: service, state, and when each state was reached. */
export const trackingProjection: Projection = {
  name: 'tracking',
  version: 1,
  streamPrefixes: CASE_STREAM_PREFIXES,
  tables: TRACKING_TABLES,
  setup: setupTrackingTables,
  apply(db, recorded) {
    const event = readWorkflowEvent(recorded);
    if (event === undefined) return;
    if (event.type === berkas.eventTypes.receive || event.type === konsultasi.eventTypes.ask) start(db, event);
    else advance(db, event);
  },
};

function start(db: ReadModelDb, event: WorkflowEvent): void {
  const trackingCode = textOf(event.data.trackingCode);
  if (trackingCode === null) return;
  const service = serviceOf(event);
  prepared(
    db,
    `INSERT OR IGNORE INTO tracking
     (case_id, tracking_code, kind, revision, service_code, service_name_id, service_name_en, state, received_at, updated_at,
      checklist_key, missing_documents, steps)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', ?)`,
  ).run(
    event.caseId,
    trackingCode,
    caseKindOf(event.caseId) ?? 'berkas',
    event.revision,
    service.code,
    service.name.id,
    service.name.en,
    event.stateAfter,
    event.at,
    event.at,
    rememberChecklist(db, service.documents),
    toJson([{ state: event.stateAfter, at: event.at }]),
  );
}

function advance(db: ReadModelDb, event: WorkflowEvent): void {
  const row = prepared<[string], StatusRow>(
    db,
    'SELECT revision, state, steps, missing_documents FROM tracking WHERE case_id = ?',
  ).get(event.caseId);
  if (row === undefined || event.revision <= row.revision) return;
  // A step is a state reached: an event that keeps the state (one official's initials) adds none.
  const steps = fromJson<StoredStep[]>(row.steps) ?? [];
  if (event.stateAfter !== row.state) steps.push({ state: event.stateAfter, at: event.at });
  // The missing documents matter to the applicant only while the file is with them.
  const missing =
    event.type === berkas.eventTypes.return_incomplete
      ? toJson(textListOf(event.data.missingDocuments))
      : event.stateAfter === RETURNED
        ? row.missing_documents
        : '[]';
  prepared(db, 'UPDATE tracking SET revision = ?, state = ?, updated_at = ?, steps = ?, missing_documents = ? WHERE case_id = ?').run(
    event.revision,
    event.stateAfter,
    event.at,
    toJson(steps),
    missing,
    event.caseId,
  );
}

/** The service as the public sees it: a file carries its own; a consultation's is in the catalogue. */
function serviceOf(event: WorkflowEvent): { code: string; name: Text; documents: unknown } {
  if (event.type === konsultasi.eventTypes.ask) {
    const consultation = findService('KONSULTASI');
    return { code: 'KONSULTASI', name: consultation?.name ?? { id: 'Konsultasi', en: 'Consultation' }, documents: [] };
  }
  const service = objectOf(event.data.service);
  const name = objectOf(service.name);
  return {
    code: textOf(event.data.serviceCode) ?? textOf(service.code) ?? '',
    name: { id: textOf(name.id) ?? '', en: textOf(name.en) ?? '' },
    documents: service.documents,
  };
}

/** Stores a checklist's codes and names once, under a key derived from its content. */
function rememberChecklist(db: ReadModelDb, documents: unknown): string | null {
  if (!Array.isArray(documents) || documents.length === 0) return null;
  const list = documents.map((d) => {
    const document = objectOf(d);
    const name = objectOf(document.name);
    return { code: textOf(document.code) ?? '', name: { id: textOf(name.id) ?? '', en: textOf(name.en) ?? '' } };
  });
  const json = toJson(list);
  const key = createHash('sha256').update(json).digest('base64url');
  prepared(db, 'INSERT OR IGNORE INTO tracking_checklists (checklist_key, documents) VALUES (?, ?)').run(key, json);
  return key;
}
