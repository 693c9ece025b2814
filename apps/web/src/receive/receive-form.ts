import {
  normalizeNip,
  parseNip,
  validateNip,
  validatePhone,
  type NipParts,
} from '@satupintu/ptsp/validation';
import type { Text } from '@satupintu/ptsp/text';
import type { CreateCaseForm, Service } from '../api/types';

/** The receive form as typed. */
export interface ReceiveValues {
  serviceCode: string;
  submitted: ReadonlySet<string>;
  nip: string;
  name: string;
  phone: string;
  note: string;
}

export const EMPTY_RECEIVE_FORM: ReceiveValues = {
  serviceCode: '',
  submitted: new Set(),
  nip: '',
  name: '',
  phone: '',
  note: '',
};

/** Our own checks speak through the catalogue (keys); the NIP and phone rules are the domain's. */
export type FieldProblem = { key: 'required' | 'tooLong' } | { text: Text };

export type ReceiveProblems = Partial<
  Record<'serviceCode' | 'nip' | 'name' | 'phone', FieldProblem[]>
>;

/** The limits the API sets (apps/api/src/cases/dto/limits.ts). */
export const NAME_LENGTH = 200;
export const NOTE_LENGTH = 2000;

/**
 * What is wrong with the form, field by field, by the same validators the server and the
 * workflow use (so what passes here passes there). `today` bounds the NIP's dates.
 */
export function checkReceiveForm(values: ReceiveValues, today: Date): ReceiveProblems {
  const problems: ReceiveProblems = {};
  if (values.serviceCode === '') problems.serviceCode = [{ key: 'required' }];
  const nip = normalizeNip(values.nip);
  if (nip === '') problems.nip = [{ key: 'required' }];
  else {
    const wrong = validateNip(nip, { today });
    if (wrong.length > 0) problems.nip = wrong.map((p) => ({ text: p.message }));
  }
  if (values.name.trim() === '') problems.name = [{ key: 'required' }];
  else if (values.name.length > NAME_LENGTH) problems.name = [{ key: 'tooLong' }];
  if (values.phone.trim() === '') problems.phone = [{ key: 'required' }];
  else {
    const wrong = validatePhone(values.phone);
    if (wrong.length > 0) problems.phone = wrong.map((p) => ({ text: p.message }));
  }
  return problems;
}

export function hasProblems(problems: ReceiveProblems): boolean {
  return Object.values(problems).some((list) => list !== undefined && list.length > 0);
}

/** The parts of a valid NIP, to show the clerk what it says (birth date, start, sex). */
export function nipParts(nip: string, today: Date): NipParts | undefined {
  return parseNip(normalizeNip(nip), { today });
}

/** The checklist split as the receipt prints it. */
export function checklistOf(service: Service, submitted: ReadonlySet<string> | readonly string[]) {
  const handedIn = new Set(submitted);
  return {
    handedIn: service.documents.filter((d) => handedIn.has(d.code)),
    missingRequired: service.documents.filter((d) => d.required && !handedIn.has(d.code)),
    missingOptional: service.documents.filter((d) => !d.required && !handedIn.has(d.code)),
  };
}

/** The body of POST /api/cases; only the service's own documents are sent. */
export function toCreateCase(values: ReceiveValues, service: Service): CreateCaseForm {
  const form: CreateCaseForm = {
    serviceCode: service.code as CreateCaseForm['serviceCode'],
    applicant: {
      nip: normalizeNip(values.nip),
      name: values.name.trim(),
      phone: values.phone.trim(),
    },
    submittedDocuments: service.documents
      .filter((d) => values.submitted.has(d.code))
      .map((d) => d.code),
  };
  if (values.note.trim() !== '') form.note = values.note.trim();
  return form;
}
