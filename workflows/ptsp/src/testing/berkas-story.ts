import type { Actor } from '@satupintu/engine';
import type { GivenEvent } from '@satupintu/engine/testing';
import { findService, isLetterService } from '../catalogue/catalogue';
import { findPosition } from '../organisation/units';
import type { LetterService } from '../catalogue/types';
import type { ReceivePayload } from '../berkas/payloads';
import type { BerkasState } from '../berkas/vocabulary';
import { trackingCodeFrom } from '../validation/tracking-code';
import { dispatcher, dutyOfficer, everyone, frontOffice, numberer, system, verifier } from './actors';
import { asJson, type Json } from './json';

/** Monday 2 March 2026, 09:00 WITA: when the story's file is received. */
export const RECEIVED_AT = '2026-03-02T01:00:00.000Z';
export const minutesAfterReceipt = (minutes: number) => new Date(Date.parse(RECEIVED_AT) + minutes * 60_000).toISOString();
export const daysAfter = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

export const VALID_NIP = '198503122010031001';
export const TRACKING_CODE = trackingCodeFrom([3, 14, 15, 9, 26, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4]);
export const AGENDA_NUMBER = 'AG-2026-000123';

export function letterService(code: string): LetterService {
  const service = findService(code);
  if (!isLetterService(service)) throw new Error(`${code} is not a letter service`);
  return service;
}

/** A receipt with every required document of the service handed in. */
export function receivePayload(code = 'KP-REG', overrides: Partial<ReceivePayload> = {}): Json {
  const service = letterService(code);
  const payload: ReceivePayload = {
    serviceCode: code,
    catalogueVersion: 1,
    service,
    applicant: { nip: VALID_NIP, name: 'Ahmad Fauzan', phone: '0812-3456-7890' },
    submittedDocuments: service.documents.filter((d) => d.required).map((d) => d.code),
    trackingCode: TRACKING_CODE,
    ...overrides,
  };
  return asJson(payload);
}

/** The official who holds a post: one of the named staff, or an official of the organisation list. */
export function holderOf(position: string): Actor {
  const named = everyone.find((a) => a.position === position);
  if (named) return named;
  const post = findPosition(position);
  if (!post) throw new Error(`No post ${position} in the organisation`);
  return { id: `u-${post.unit}`, roles: ['initialer', 'signer'], position, unit: post.unit };
}

export function processorOf(unit: string): Actor {
  return everyone.find((a) => a.roles.includes('processor') && a.unit === unit) ?? { id: `u-${unit}`, roles: ['processor'], unit };
}

const event = (type: string, actor: Actor, minutes: number, data: Json = {}): GivenEvent => ({
  type,
  actor,
  at: minutesAfterReceipt(minutes),
  data,
});

/**
 * One file of a service told as stored events, from receipt to handover, for specs that start
 * "given a file in state X": `berkasStory('KP-REG').until('initials')`.
 */
export function berkasStory(code = 'KP-REG') {
  const service = letterService(code);
  const received = event('FileReceived', frontOffice, 0, { ...receivePayload(code), agendaNumber: AGENDA_NUMBER });
  const returned = event('FileReturned', verifier, 30, { missingDocuments: [service.documents[0].code] });
  const expired: GivenEvent = { type: 'FileExpired', actor: system, at: daysAfter(minutesAfterReceipt(30), 30), data: {} };
  const verified = event('FileVerified', verifier, 60);
  const disposed = event('FileDisposed', dispatcher, 120, { subdivision: service.subdivision });
  const draftSubmitted = event('DraftSubmitted', processorOf(service.subdivision), 24 * 60, { summary: 'Konsep SK siap' });
  const initialled = service.initialsChain.map((position, i) => event('DraftInitialled', holderOf(position), 25 * 60 + i * 60));
  const signed = event('LetterSigned', holderOf(service.signer), 3 * 24 * 60);
  const numbered = event('LetterNumbered', numberer, 3 * 24 * 60 + 30, {
    letterNumber: `${service.classificationCode}/0457/BKD/2026`,
  });
  const handedOver = event('FileHandedOver', dutyOfficer, 4 * 24 * 60, { recipientName: 'Ahmad Fauzan', relation: 'self' });
  const withdrawn = event('FileWithdrawn', frontOffice, 45, { reason: 'Pemohon membatalkan' });

  const toSignature = [received, verified, disposed, draftSubmitted, ...initialled];
  const histories: Record<BerkasState, GivenEvent[]> = {
    start: [],
    verification: [received],
    returned: [received, returned],
    expired: [received, returned, expired],
    disposition: [received, verified],
    processing: [received, verified, disposed],
    initials: [received, verified, disposed, draftSubmitted],
    signature: toSignature,
    numbering: [...toSignature, signed],
    ready: [...toSignature, signed, numbered],
    handed_over: [...toSignature, signed, numbered, handedOver],
    withdrawn: [received, withdrawn],
  };
  return {
    service,
    events: { received, returned, expired, verified, disposed, draftSubmitted, initialled, signed, numbered, handedOver, withdrawn },
    until: (state: BerkasState): GivenEvent[] => histories[state],
  };
}
