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

/**
 * What the admin edits of a letter service: its SLA, checklist, initials chain and signer; for a
 * new service also its code, names, sub-division and classification code.
 */
export interface ServiceFormState {
  code: string;
  nameId: string;
  nameEn: string;
  subdivision: string;
  classificationCode: string;
  slaWorkingDays: string;
  documents: DocumentRow[];
  initialsChain: string[];
  signer: string;
  reason: string;
}

export function formOf(service: Service): ServiceFormState {
  return {
    code: service.code,
    nameId: service.name.id,
    nameEn: service.name.en,
    subdivision: service.subdivision,
    classificationCode: service.classificationCode,
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

/** A service not yet in the catalogue: one empty checklist line, no chain yet. */
export const NEW_SERVICE: Service = {
  code: '',
  name: { id: '', en: '' },
  subdivision: '',
  classificationCode: '',
  slaWorkingDays: 1,
  documents: [],
  initialsChain: [],
  signer: 'Kepala Badan',
};

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

/** The body of PUT /api/services/:code (the code goes in the address). The server checks every rule. */
export function putBody(form: ServiceFormState, expectedVersion: number): PutServiceForm {
  return {
    expectedVersion,
    reason: form.reason,
    name: { id: form.nameId, en: form.nameEn },
    subdivision: form.subdivision,
    classificationCode: form.classificationCode.trim(),
    slaWorkingDays: Number(form.slaWorkingDays),
    documents: form.documents.map(documentInput),
    initialsChain: form.initialsChain,
    signer: form.signer,
  };
}

/** The code of a new service as typed: capitals, so `kp-baru` is `KP-BARU`. */
export const serviceCodeOf = (form: ServiceFormState): string => form.code.trim().toUpperCase();

/**
 * The problems the form finds before asking the server: a missing reason, an SLA that is not a
 * whole number ≥ 1, and for a new service a missing code.
 */
export function formProblems(form: ServiceFormState): Record<string, 'required' | 'sla'> {
  const problems: Record<string, 'required' | 'sla'> = {};
  if (serviceCodeOf(form) === '') problems.code = 'required';
  const sla = Number(form.slaWorkingDays);
  if (form.slaWorkingDays.trim() === '' || !Number.isInteger(sla) || sla < 1)
    problems.slaWorkingDays = 'sla';
  if (form.reason.trim() === '') problems.reason = 'required';
  return problems;
}
