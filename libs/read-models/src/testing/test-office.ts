import { randomUUID } from 'node:crypto';
import { SYSTEM_ACTOR, WorkflowEngine, WorkflowRegistry, type Actor } from '@satupintu/engine';
import { InMemoryEventStore, type JsonObject, type RecordedEvent } from '@satupintu/event-store';
import { demoClock, simpleDemoActors, type DemoClock } from '@satupintu/demo';
import {
  berkas,
  findService,
  isLetterService,
  ptspWorkflows,
  trackingCodeFrom,
  TRACKING_CODE_RANDOM_LENGTH,
  type LetterService,
} from '@satupintu/ptsp';

/** Monday 2 March 2026, 09:00 WITA. */
export const MONDAY_9AM = '2026-03-02T01:00:00.000Z';
export const APPLICANT = { nip: '198503122010031001', name: 'Ahmad Fauzan', phone: '0812-3456-7890' };
/** One person per role, post or unit, as the demo staffs its office. */
export const staff = simpleDemoActors;

let codeCounter = 0;
/** A valid tracking code, different on each call. */
export function nextTrackingCode(): string {
  codeCounter += 1;
  const n = codeCounter;
  const random = Array.from({ length: TRACKING_CODE_RANDOM_LENGTH }, (_v, i) => (i < 2 ? Math.floor(n / 31 ** i) % 31 : i));
  return trackingCodeFrom(random);
}

export function letterService(code: string): LetterService {
  const service = findService(code);
  if (!isLetterService(service)) throw new Error(`${code} is not a letter service`);
  return service;
}

/**
 * The real engine with the real PTSP workflows on the in-memory store, with a clock the test
 * sets, and helpers that send commands as the staff member whose turn it is.
 */
export class TestOffice {
  readonly store = new InMemoryEventStore();
  readonly clock: DemoClock = demoClock();
  readonly engine = new WorkflowEngine({
    store: this.store,
    registry: new WorkflowRegistry(ptspWorkflows),
    clock: () => this.clock.now(),
  });
  private read = 0;

  constructor(start: string = MONDAY_9AM) {
    this.clock.set(new Date(start));
  }

  /** Moves the clock on; commands are dated by it. */
  later(minutes: number): this {
    this.clock.set(new Date(this.clock.now().getTime() + minutes * 60_000));
    return this;
  }

  at(iso: string): this {
    this.clock.set(new Date(iso));
    return this;
  }

  async receive(serviceCode = 'KP-REG', options: { applicant?: typeof APPLICANT; trackingCode?: string; submitted?: string[] } = {}) {
    const service = letterService(serviceCode);
    const caseId = `berkas-${randomUUID()}`;
    await this.send(caseId, 'receive', {
      serviceCode,
      catalogueVersion: 1,
      service: JSON.parse(JSON.stringify(service)) as JsonObject,
      applicant: options.applicant ?? APPLICANT,
      submittedDocuments: options.submitted ?? service.documents.filter((d) => d.required).map((d) => d.code),
      trackingCode: options.trackingCode ?? nextTrackingCode(),
    });
    return caseId;
  }

  async ask(options: { visitor?: { name: string; phone?: string }; trackingCode?: string } = {}) {
    const caseId = `konsultasi-${randomUUID()}`;
    await this.send(caseId, 'ask', {
      topic: 'Kenaikan pangkat',
      question: 'Kapan periode April ditutup?',
      trackingCode: options.trackingCode ?? nextTrackingCode(),
      ...(options.visitor ? { applicant: options.visitor } : {}),
    });
    return caseId;
  }

  /** Sends a command, by default as whoever the case waits on, with a plausible payload. */
  async send(caseId: string, type: string, payload?: JsonObject, actor?: Actor): Promise<void> {
    const by = actor ?? (await this.turnOf(caseId, type));
    await this.engine.handle(caseId, { id: randomUUID(), type, payload: payload ?? (await this.defaultPayload(caseId, type)) }, by);
  }

  /** Sends several commands one after the other, an hour apart. */
  async moves(caseId: string, ...types: string[]): Promise<void> {
    for (const type of types) {
      this.later(60);
      await this.send(caseId, type);
    }
  }

  /** Events appended since the last call. */
  async newEvents(): Promise<RecordedEvent[]> {
    const events = await this.store.readAll({ after: this.read });
    this.read = events.at(-1)?.position ?? this.read;
    return events;
  }

  private async context(caseId: string): Promise<berkas.BerkasContext> {
    return ((await this.engine.load(caseId))?.snapshot.context ?? berkas.EMPTY_BERKAS) as berkas.BerkasContext;
  }

  private async turnOf(caseId: string, type: string): Promise<Actor> {
    const context = await this.context(caseId);
    const service = context.service;
    const state = String((await this.engine.load(caseId))?.snapshot.value ?? 'start');
    switch (type) {
      case 'receive':
      case 'resubmit':
      case 'withdraw':
        return staff('front_office');
      case 'verify_complete':
      case 'return_incomplete':
        return staff('verifier');
      case 'dispose':
      case 'redispose':
        return staff('dispatcher');
      case 'submit_draft':
        return staff('processor', { unit: context.subdivision ?? '' });
      case 'initial':
        return staff('initialer', { position: service?.initialsChain[context.chainIndex] });
      case 'send_back':
        return state === 'signature'
          ? staff('signer', { position: service?.signer })
          : staff('initialer', { position: service?.initialsChain[context.chainIndex] });
      case 'sign':
        return staff('signer', { position: service?.signer });
      case 'assign_number':
        return staff('numberer');
      case 'hand_over':
        return staff('duty_officer');
      case 'expire':
        return SYSTEM_ACTOR;
      // An escalated question is answered by a manager of the sub-division it went to.
      case 'answer':
        return state === 'escalated' ? staff('processor', { unit: context.subdivision ?? '' }) : staff('consultation_desk');
      default:
        return staff('consultation_desk');
    }
  }

  private async defaultPayload(caseId: string, type: string): Promise<JsonObject> {
    const { service } = await this.context(caseId);
    const required = (service?.documents ?? []).filter((d) => d.required).map((d) => d.code);
    const payloads: Record<string, JsonObject> = {
      return_incomplete: { missingDocuments: required.slice(0, 1) },
      resubmit: { submittedDocuments: required },
      dispose: { subdivision: service?.subdivision ?? '' },
      submit_draft: { summary: 'Konsep SK' },
      send_back: { reason: 'Perbaiki konsiderans' },
      withdraw: { reason: 'Pemohon membatalkan' },
      hand_over: { recipientName: APPLICANT.name, relation: 'self' },
      answer: { answer: 'Sampai akhir Februari.' },
      escalate: { subdivision: 'kepangkatan' },
    };
    return payloads[type] ?? {};
  }
}

/** The commands that take a file from receipt to each state, after `receive`. */
export const PATH_TO: Record<string, string[]> = {
  verification: [],
  returned: ['return_incomplete'],
  disposition: ['verify_complete'],
  processing: ['verify_complete', 'dispose'],
  initials: ['verify_complete', 'dispose', 'submit_draft'],
  signature: ['verify_complete', 'dispose', 'submit_draft', 'initial', 'initial'],
  numbering: ['verify_complete', 'dispose', 'submit_draft', 'initial', 'initial', 'sign'],
  ready: ['verify_complete', 'dispose', 'submit_draft', 'initial', 'initial', 'sign', 'assign_number'],
  handed_over: ['verify_complete', 'dispose', 'submit_draft', 'initial', 'initial', 'sign', 'assign_number', 'hand_over'],
  withdrawn: ['withdraw'],
};
