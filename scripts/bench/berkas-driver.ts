import { randomInt, randomUUID } from 'node:crypto';
import type { Actor, Command, WorkflowEngine } from '@satupintu/engine';
import type { JsonObject } from '@satupintu/event-store';
import {
  catalogue,
  isLetterService,
  LATEST_CATALOGUE_VERSION,
  TRACKING_CODE_ALPHABET,
  TRACKING_CODE_RANDOM_LENGTH,
  trackingCodeFrom,
  type LetterService,
} from '@satupintu/ptsp';

/** Staff for the benchmark's files: one person per role, post and sub-division. */
const staff = {
  frontOffice: { id: 'bench-fo', roles: ['front_office'] },
  verifier: { id: 'bench-verifier', roles: ['verifier'] },
  dispatcher: { id: 'bench-dispatcher', roles: ['dispatcher'] },
  numberer: { id: 'bench-numberer', roles: ['numberer'] },
  dutyOfficer: { id: 'bench-duty', roles: ['duty_officer'] },
  processor: (unit: string): Actor => ({ id: `bench-processor-${unit}`, roles: ['processor'], unit }),
  official: (position: string): Actor => ({ id: `bench-${position}`, roles: ['initialer', 'signer'], position }),
};

export const letterServices: LetterService[] = catalogue().services.filter(isLetterService);

const trackingCode = () =>
  trackingCodeFrom(Array.from({ length: TRACKING_CODE_RANDOM_LENGTH }, () => randomInt(TRACKING_CODE_ALPHABET.length)));

/** The commands that take one file from receipt to handover, in order, with who sends each. */
export function fullLifecycle(service: LetterService): Array<{ type: string; payload: JsonObject; actor: Actor }> {
  const received: JsonObject = {
    serviceCode: service.code,
    catalogueVersion: LATEST_CATALOGUE_VERSION,
    service: service as unknown as JsonObject,
    applicant: { nip: '198503122010031001', name: 'Ahmad Fauzan', phone: '081234567890' },
    submittedDocuments: service.documents.filter((d) => d.required).map((d) => d.code),
    trackingCode: trackingCode(),
  };
  return [
    { type: 'receive', payload: received, actor: staff.frontOffice },
    { type: 'verify_complete', payload: {}, actor: staff.verifier },
    { type: 'dispose', payload: { subdivision: service.subdivision }, actor: staff.dispatcher },
    { type: 'submit_draft', payload: { summary: 'Konsep surat' }, actor: staff.processor(service.subdivision) },
    ...service.initialsChain.map((position) => ({ type: 'initial', payload: {}, actor: staff.official(position) })),
    { type: 'sign', payload: {}, actor: staff.official(service.signer) },
    { type: 'assign_number', payload: {}, actor: staff.numberer },
    { type: 'hand_over', payload: { recipientName: 'Ahmad Fauzan', relation: 'self' }, actor: staff.dutyOfficer },
  ];
}

/** Runs one file's lifecycle, timing each command; returns the latencies in ms. */
export async function runLifecycle(engine: WorkflowEngine, service: LetterService): Promise<number[]> {
  const streamId = `berkas-${randomUUID()}`;
  const latencies: number[] = [];
  for (const [index, step] of fullLifecycle(service).entries()) {
    // As over HTTP, every action after the receipt names the revision it was decided on.
    const expected = index === 0 ? {} : { expectedRevision: index - 1 };
    const command: Command = { id: randomUUID(), type: step.type, payload: step.payload, ...expected };
    const start = process.hrtime.bigint();
    await engine.handle(streamId, command, step.actor);
    latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return latencies;
}

/** A file sent back and forth between two sub-divisions until its stream holds `events` events. */
export async function longHistory(engine: WorkflowEngine, events: number): Promise<string> {
  const service = letterServices[0];
  const streamId = `berkas-${randomUUID()}`;
  const steps = fullLifecycle(service).slice(0, 3);
  for (const step of steps) await engine.handle(streamId, { id: randomUUID(), type: step.type, payload: step.payload }, step.actor);
  const other = letterServices.find((s) => s.subdivision !== service.subdivision)!.subdivision;
  for (let i = steps.length; i < events; i++) {
    const subdivision = i % 2 ? other : service.subdivision;
    await engine.handle(
      streamId,
      { id: randomUUID(), type: 'redispose', payload: { subdivision, reason: 'Salah sub bidang' } },
      staff.dispatcher,
    );
  }
  return streamId;
}
