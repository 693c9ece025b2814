import { berkas, konsultasi } from '@satupintu/ptsp';
import type { CaseKind } from '../../shared/case-streams';
import type { WorkflowEvent } from '../../shared/workflow-event';
import { receivedBerkas } from '../../cases/berkas-case';
import { askedKonsultasi, konsultasiFinalStates } from '../../cases/konsultasi-case';
import type { CaseRecord } from '../../cases/case-record';

/** What the supervisors' figures need to know about each kind of case. */
export interface KindFacts {
  startEvent: string;
  /** The case as its first event describes it (service, chain, signer, SLA promise). */
  start(event: WorkflowEvent): CaseRecord;
  /** Where the office's work is done: the SLA clock stops and the case counts as completed. */
  readyState: string;
  finalStates: readonly string[];
  /** Events that send the case to a (new) sub-division, carrying `subdivision`. */
  routingEvents: readonly string[];
  /** The events that restart and advance the initials chain. */
  chainStart?: string;
  chainStep?: string;
}

export const KIND_FACTS: Record<CaseKind, KindFacts> = {
  berkas: {
    startEvent: berkas.eventTypes.receive,
    start: receivedBerkas,
    readyState: 'ready',
    finalStates: berkas.BERKAS_FINAL_STATES,
    routingEvents: [berkas.eventTypes.dispose, berkas.eventTypes.redispose],
    chainStart: berkas.eventTypes.submit_draft,
    chainStep: berkas.eventTypes.initial,
  },
  konsultasi: {
    startEvent: konsultasi.eventTypes.ask,
    start: askedKonsultasi,
    readyState: 'answered',
    finalStates: konsultasiFinalStates,
    routingEvents: [konsultasi.eventTypes.escalate],
  },
};

/** The state a returned file waits in, with the applicant: the SLA clock pauses there. */
export const RETURNED_STATE = 'returned';

/** Event types the throughput counts besides receipt and completion. */
export const RETURNED_EVENT = berkas.eventTypes.return_incomplete;
export const EXPIRED_EVENT = berkas.eventTypes.expire;
export const WITHDRAWN_EVENT = berkas.eventTypes.withdraw;
