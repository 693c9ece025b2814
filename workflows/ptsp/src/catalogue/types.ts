import type { Text } from '../i18n/text';

/** One line of a service's checklist. */
export type DocumentRequirement = {
  /** UPPER_SNAKE and stable: cases record submitted and missing documents by it. */
  code: string;
  name: Text;
  /** Required documents must all be handed in before a file passes verification. */
  required: boolean;
  /** When a non-required document is needed after all, e.g. "when married". */
  condition?: Text;
};

/** A service that ends in an outgoing letter: the `berkas` workflow runs it. */
export type LetterService = {
  kind: 'letter';
  code: string;
  name: Text;
  /** The code of the sub-division that processes it (see ORGANISATION_UNITS). */
  subdivision: string;
  /** The completion time promised to the public (UU 25/2009), in working days. */
  slaWorkingDays: number;
  documents: DocumentRequirement[];
  /** Positions that initial the draft, in order, before the signer signs. */
  initialsChain: string[];
  signer: string;
  /** The archive classification code that opens the outgoing letter's number. */
  classificationCode: string;
};

/** A question at the desk: no documents, no letter; the `konsultasi` workflow runs it. */
export type ConsultationService = {
  kind: 'consultation';
  code: string;
  name: Text;
  slaWorkingDays: number;
  documents: DocumentRequirement[];
};

export type ServiceDefinition = LetterService | ConsultationService;

/** The services an office offers, as published at one version. */
export type Catalogue = {
  version: number;
  services: ServiceDefinition[];
};
