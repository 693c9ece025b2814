import fc from 'fast-check';
import type { Actor } from '@satupintu/engine';
import { berkas, findService, isLetterService, konsultasi } from '@satupintu/ptsp';
import { actorQueueKeys, caseQueueKeys, type ActionableBy } from './queue-keys';

const KP_REG = findService('KP-REG');
if (!isLetterService(KP_REG)) throw new Error('KP-REG is a letter service');

const role = fc.constantFrom('front_office', 'registrar', 'verifier', 'dispatcher', 'processor', 'initialer', 'signer', 'numberer', 'duty_officer', 'consultation_desk');
const post = fc.constantFrom(...KP_REG.initialsChain, KP_REG.signer, 'Sekretaris');
const unit = fc.constantFrom('kepangkatan', 'mutasi');

const actor = fc.record(
  {
    roles: fc.uniqueArray(role, { maxLength: 3 }),
    position: post,
    unit,
    actingForPositions: fc.uniqueArray(post, { maxLength: 2 }),
  },
  { requiredKeys: ['roles'] },
);

function actorOf(by: ActionableBy): Actor {
  return {
    id: 'u',
    roles: [...by.roles],
    ...(by.position ? { position: by.position } : {}),
    ...(by.unit ? { unit: by.unit } : {}),
    actingFor: (by.actingForPositions ?? []).map((position, i) => ({ id: `p${i}`, roles: ['initialer', 'signer'], position })),
  };
}

const inQueue = (waitingOn: Parameters<typeof caseQueueKeys>[0], by: ActionableBy) =>
  caseQueueKeys(waitingOn).some((key) => actorQueueKeys(by).includes(key));

describe('queue keys', () => {
  it("put a file in an actor's queue exactly when the berkas workflow lets that actor move it on", () => {
    const state = fc.constantFrom(...(Object.keys(berkas.berkasForwardCommands) as berkas.BerkasState[]));
    const context = fc.record({ subdivision: unit, chainIndex: fc.integer({ min: 0, max: 1 }) });
    fc.assert(
      fc.property(state, context, actor, (s, c, by) => {
        const caseContext = { ...berkas.EMPTY_BERKAS, service: KP_REG, ...c };
        const forward = berkas.berkasForwardCommands[s]!;
        expect(inQueue(berkas.berkasWaitingOn(s, caseContext), by)).toBe(berkas.mayActOnBerkas(s, forward, caseContext, actorOf(by)));
      }),
      { numRuns: 1000 },
    );
  });

  it("put a consultation in an actor's queue exactly when the konsultasi workflow lets that actor move it on", () => {
    const state = fc.constantFrom('asked', 'escalated', 'answered');
    fc.assert(
      fc.property(state, unit, actor, (s, subdivision, by) => {
        const caseContext = { ...konsultasi.EMPTY_KONSULTASI, subdivision };
        const forward = konsultasi.konsultasiForwardCommands[s]!;
        expect(inQueue(konsultasi.konsultasiWaitingOn(s, caseContext), by)).toBe(
          konsultasi.mayActOnKonsultasi(s, forward, caseContext, actorOf(by)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('put a case that waits on nobody in no queue', () => {
    expect(caseQueueKeys(null)).toEqual([]);
  });
});
