import { prepared, type Projection, type ReadModelDb } from '@satupintu/projections';
import { berkas, witaDate, witaYear } from '@satupintu/ptsp';
import { objectOf, textOf, trimmedTextOf } from '../shared/event-data';
import { readWorkflowEvent, type WorkflowEvent } from '../shared/workflow-event';
import { letterSequenceOf } from './letter-sequence';
import { REGISTER_TABLES, setupRegisterTables } from './register-schema';

/** The agenda register fills on receipt, the letter register when a letter is numbered. */
export const registersProjection: Projection = {
  name: 'registers',
  version: 1,
  streamPrefixes: ['berkas-'],
  tables: REGISTER_TABLES,
  setup: setupRegisterTables,
  apply(db, recorded) {
    const event = readWorkflowEvent(recorded);
    if (event?.type === berkas.eventTypes.receive) registerAgenda(db, event);
    if (event?.type === berkas.eventTypes.assign_number) registerLetter(db, event);
  },
};

function registerAgenda(db: ReadModelDb, event: WorkflowEvent): void {
  const agendaNumber = textOf(event.data.agendaNumber);
  if (agendaNumber === null) return;
  const service = objectOf(event.data.service);
  const name = objectOf(service.name);
  prepared(
    db,
    `INSERT OR IGNORE INTO agenda_register
     (agenda_number, year, received_at, case_id, service_code, service_name_id, service_name_en, classification_code, applicant_name)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    agendaNumber,
    witaYear(event.at),
    event.at,
    event.caseId,
    textOf(event.data.serviceCode) ?? '',
    textOf(name.id) ?? '',
    textOf(name.en) ?? '',
    textOf(service.classificationCode),
    trimmedTextOf(objectOf(event.data.applicant).name),
  );
}

function registerLetter(db: ReadModelDb, event: WorkflowEvent): void {
  const letterNumber = textOf(event.data.letterNumber);
  if (letterNumber === null) return;
  // Numbers restart per WITA year, as the sequence the engine drew from does.
  prepared(
    db,
    `INSERT OR IGNORE INTO letter_register
     (letter_number, year, sequence, letter_date, case_id, service_code, service_name_id, service_name_en, classification_code)
     SELECT ?, ?, ?, ?, case_id, service_code, service_name_id, service_name_en, classification_code
     FROM agenda_register WHERE case_id = ?`,
  ).run(letterNumber, witaYear(event.at), letterSequenceOf(letterNumber), witaDate(event.at), event.caseId);
}
