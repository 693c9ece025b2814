import type { MachineCommandEvent } from '@satupintu/engine';
import type { ContentCheck } from '../access/content-check';
import { reasonGiven, subdivisionNamed, trackingCodeIsValid } from '../access/common-checks';
import type { DocumentRequirement } from '../catalogue/types';
import type { Text } from '../i18n/text';
import { isNonEmptyText, isRecord, isTextList } from '../payload/reading';
import { DAY_MS } from '../time/wita';
import { validateNip } from '../validation/nip';
import { validatePhone } from '../validation/phone';
import type { BerkasContext } from './context';
import type { BerkasCommand } from './vocabulary';

/** How long a returned file waits for the missing documents before it is closed as not pursued. */
export const RETURN_PERIOD_DAYS = 30;

const text = (id: string, en: string): Text => ({ id, en });
const names = (documents: DocumentRequirement[], language: keyof Text) =>
  documents.map((d) => d.name[language]).join(', ');

/**
 * The checklist a command refers to: the case's own, or on receipt the one in the payload, of
 * which only well-formed lines count (`explainRejection` runs every check, even on a broken service).
 */
function documentsOf(context: BerkasContext, event: MachineCommandEvent): DocumentRequirement[] {
  if (context.service) return context.service.documents;
  const documents = isRecord(event.service) ? event.service.documents : undefined;
  return Array.isArray(documents)
    ? documents.filter((d): d is DocumentRequirement => isRecord(d) && typeof d.code === 'string')
    : [];
}

function unknownCodes(codes: string[], documents: DocumentRequirement[]): string[] {
  const known = new Set(documents.map((d) => d.code));
  return codes.filter((code) => !known.has(code));
}

function documentCodesProblem(value: unknown, documents: DocumentRequirement[], atLeastOne: boolean): Text | undefined {
  if (!isTextList(value)) return text('Daftar dokumen harus berupa daftar kode', 'The document list must be a list of codes');
  if (atLeastOne && value.length === 0) return text('Sebutkan minimal satu dokumen', 'Name at least one document');
  const unknown = unknownCodes(value, documents);
  return unknown.length
    ? text(`Dokumen tidak ada dalam daftar layanan ini: ${unknown.join(', ')}`, `Documents not on this service's checklist: ${unknown.join(', ')}`)
    : undefined;
}

function isWellFormedService(service: Record<string, unknown>): boolean {
  return (
    service.kind === 'letter' &&
    isNonEmptyText(service.code) &&
    isNonEmptyText(service.subdivision) &&
    isNonEmptyText(service.signer) &&
    isNonEmptyText(service.classificationCode) &&
    isTextList(service.initialsChain) &&
    service.initialsChain.length > 0 &&
    service.initialsChain.every(isNonEmptyText) &&
    Array.isArray(service.documents) &&
    service.documents.every((d) => isRecord(d) && isNonEmptyText(d.code) && typeof d.required === 'boolean')
  );
}

/**
 * Every rule about what a command carries or when it may come, by name. The names are the
 * machine's guard names, so the statechart shows which rule stands on which transition.
 */
export const berkasChecks = {
  serviceMatchesCode: (_context, event) =>
    isRecord(event.service) && event.service.code === event.serviceCode
      ? undefined
      : text(`Layanan yang dilampirkan bukan ${String(event.serviceCode)}`, `The attached service is not ${String(event.serviceCode)}`),

  serviceIsComplete: (_context, event) =>
    isRecord(event.service) && isWellFormedService(event.service)
      ? undefined
      : text(
          'Definisi layanan tidak lengkap (perlu daftar dokumen, rantai paraf, penandatangan, kode klasifikasi, sub bidang)',
          'The service definition is incomplete (it needs documents, an initials chain, a signer, a classification code, a sub-division)',
        ),

  catalogueVersionGiven: (_context, event) =>
    Number.isInteger(event.catalogueVersion) && (event.catalogueVersion as number) > 0
      ? undefined
      : text('Versi katalog layanan tidak disebutkan', 'The catalogue version is missing'),

  documentsBelongToService: (context, event) =>
    documentCodesProblem(event.submittedDocuments, documentsOf(context, event), false),

  applicantNamed: (_context, event) =>
    isRecord(event.applicant) && isNonEmptyText(event.applicant.name)
      ? undefined
      : text('Nama pemohon wajib diisi', "The applicant's name is required"),

  nipIsValid: (_context, event) => {
    const nip = isRecord(event.applicant) ? event.applicant.nip : undefined;
    if (typeof nip !== 'string') return text('NIP pemohon wajib diisi', "The applicant's NIP is required");
    const problems = validateNip(nip, { today: event.at });
    return problems.length
      ? text(problems.map((p) => p.message.id).join('; '), problems.map((p) => p.message.en).join('; '))
      : undefined;
  },

  phoneIsValid: (_context, event) => {
    const phone = isRecord(event.applicant) ? event.applicant.phone : undefined;
    if (typeof phone !== 'string') return text('Nomor HP pemohon wajib diisi', "The applicant's mobile number is required");
    const [problem] = validatePhone(phone);
    return problem?.message;
  },

  trackingCodeIsValid,

  /** The engine adds the number it drew from the agenda sequence; a command without one was not numbered. */
  agendaNumberAllocated: (_context, event) =>
    typeof event.agendaNumber === 'string'
      ? undefined
      : text('Nomor agenda belum diberikan', 'No agenda number was allocated'),

  requiredDocumentsSubmitted: (context) => {
    const submitted = new Set(context.submittedDocuments);
    const missing = (context.service?.documents ?? []).filter((d) => d.required && !submitted.has(d.code));
    return missing.length
      ? text(`Dokumen wajib belum lengkap: ${names(missing, 'id')}`, `Required documents missing: ${names(missing, 'en')}`)
      : undefined;
  },

  missingDocumentsNamed: (context, event) => documentCodesProblem(event.missingDocuments, documentsOf(context, event), true),

  returnPeriodOver: (context, event) => {
    const returnedAt = context.returnedAt === null ? NaN : Date.parse(context.returnedAt);
    // WITA has no daylight saving, so 30 calendar days are exactly 30 × 24 hours.
    const due = returnedAt + RETURN_PERIOD_DAYS * DAY_MS;
    return Date.parse(event.at) >= due
      ? undefined
      : text(
          `Batas ${RETURN_PERIOD_DAYS} hari untuk melengkapi berkas belum lewat`,
          `The ${RETURN_PERIOD_DAYS}-day period to complete the file has not passed`,
        );
  },

  subdivisionNamed,

  subdivisionChanges: (context, event) =>
    event.subdivision !== context.subdivision
      ? undefined
      : text('Berkas sudah ada di sub bidang ini', 'The file is already with this sub-division'),

  reasonGiven,

  summaryGiven: (_context, event) =>
    isNonEmptyText(event.summary) ? undefined : text('Ringkasan konsep wajib diisi', 'A summary of the draft is required'),

  /** The engine adds the number it drew from this year's letter sequence. */
  letterNumberAllocated: (_context, event) =>
    typeof event.letterNumber === 'string'
      ? undefined
      : text('Nomor surat belum diberikan', 'No letter number was allocated'),

  recipientNamed: (_context, event) =>
    isNonEmptyText(event.recipientName) ? undefined : text('Nama penerima wajib diisi', "The recipient's name is required"),

  recipientRelationKnown: (_context, event) =>
    event.relation === 'self' || event.relation === 'representative'
      ? undefined
      : text('Penerima harus yang bersangkutan atau kuasanya', 'The recipient is either the applicant or a representative'),

  representativeIdentified: (_context, event) =>
    event.relation !== 'representative' || isNonEmptyText(event.recipientIdNumber)
      ? undefined
      : text('Nomor identitas kuasa wajib diisi', "The representative's identity number is required"),
} satisfies Record<string, ContentCheck<BerkasContext>>;

export type BerkasCheckName = keyof typeof berkasChecks;

/** Which content rules stand on each command, in the order a clerk should hear about them. */
export const berkasChecksOf: Record<BerkasCommand, readonly BerkasCheckName[]> = {
  receive: [
    'serviceMatchesCode',
    'serviceIsComplete',
    'catalogueVersionGiven',
    'applicantNamed',
    'nipIsValid',
    'phoneIsValid',
    'documentsBelongToService',
    'trackingCodeIsValid',
    'agendaNumberAllocated',
  ],
  verify_complete: ['requiredDocumentsSubmitted'],
  return_incomplete: ['missingDocumentsNamed'],
  resubmit: ['documentsBelongToService'],
  expire: ['returnPeriodOver'],
  dispose: ['subdivisionNamed'],
  redispose: ['subdivisionNamed', 'subdivisionChanges', 'reasonGiven'],
  submit_draft: ['summaryGiven'],
  initial: [],
  send_back: ['reasonGiven'],
  sign: [],
  assign_number: ['letterNumberAllocated'],
  hand_over: ['recipientNamed', 'recipientRelationKnown', 'representativeIdentified'],
  withdraw: ['reasonGiven'],
};
