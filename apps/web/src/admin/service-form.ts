import type { Service } from '../api/types';
import type { DocumentInput, PutServiceForm } from './catalogue-api';

/** One checklist line as the form edits it. */
export interface DocumentRow {
  code: string;
  nameId: string;
  nameEn: string;
  required: boolean;
  conditionId: string;
  conditionEn: string;
}

/** What the admin edits of a letter service: its SLA, checklist, initials chain and signer. */
export interface ServiceFormState {
  slaWorkingDays: string;
  documents: DocumentRow[];
  initialsChain: string[];
  signer: string;
  reason: string;
}

export function formOf(service: Service): ServiceFormState {
  return {
    slaWorkingDays: String(service.slaWorkingDays),
    documents: service.documents.map((d) => ({
      code: d.code,
      nameId: d.name.id,
      nameEn: d.name.en,
      required: d.required,
      conditionId: d.condition?.id ?? '',
      conditionEn: d.condition?.en ?? '',
    })),
    initialsChain: [...service.initialsChain],
    signer: service.signer,
    reason: '',
  };
}

export const emptyDocument = (): DocumentRow => ({
  code: '',
  nameId: '',
  nameEn: '',
  required: true,
  conditionId: '',
  conditionEn: '',
});

function documentInput(row: DocumentRow): DocumentInput {
  const input: DocumentInput = {
    code: row.code.trim().toUpperCase(),
    name: { id: row.nameId, en: row.nameEn },
    required: row.required,
  };
  if (!row.required) input.condition = { id: row.conditionId, en: row.conditionEn };
  return input;
}

/**
 * The body of PUT /api/services/:code: the service's fields the form does not edit (name,
 * sub-division, classification) as they are, the edited ones from the form. The server checks
 * every rule; the form only keeps the SLA a number.
 */
export function putBody(service: Service, form: ServiceFormState, expectedVersion: number): PutServiceForm {
  return {
    expectedVersion,
    reason: form.reason,
    name: service.name,
    subdivision: service.subdivision,
    classificationCode: service.classificationCode,
    slaWorkingDays: Number(form.slaWorkingDays),
    documents: form.documents.map(documentInput),
    initialsChain: form.initialsChain,
    signer: form.signer,
  };
}

/** The problems the form finds before asking the server: a missing reason, an SLA that is not a whole number ≥ 1. */
export function formProblems(form: ServiceFormState): Record<string, 'required' | 'sla'> {
  const problems: Record<string, 'required' | 'sla'> = {};
  const sla = Number(form.slaWorkingDays);
  if (form.slaWorkingDays.trim() === '' || !Number.isInteger(sla) || sla < 1) problems.slaWorkingDays = 'sla';
  if (form.reason.trim() === '') problems.reason = 'required';
  return problems;
}
