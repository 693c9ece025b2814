import fc from 'fast-check';
import type { Actor } from '@satupintu/engine';
import { meetsRequirement, type Requirement, type WaitingOn } from '@satupintu/ptsp';
import { actorQueueKeys, caseQueueKeys, type ActionableBy } from './queue-keys';

const role = fc.constantFrom('verifier', 'processor', 'initialer', 'signer');
const post = fc.constantFrom('Kasubbid Kepangkatan', 'Kepala Badan', 'Sekretaris');
const unit = fc.constantFrom('kepangkatan', 'mutasi');

const waiting = fc.record(
  { roles: fc.uniqueArray(role, { minLength: 1, maxLength: 2 }), positions: fc.tuple(post), unit },
  { requiredKeys: ['roles'] },
);
const actor = fc.record(
  {
    roles: fc.uniqueArray(role, { maxLength: 3 }),
    position: post,
    unit,
    actingForPositions: fc.uniqueArray(post, { maxLength: 2 }),
  },
  { requiredKeys: ['roles'] },
);

/** The workflow's own rule, as a requirement reading the waiting-on description. */
function requirementOf(waitingOn: WaitingOn): Requirement<null> {
  return {
    roles: waitingOn.roles ?? [],
    ...(waitingOn.positions ? { position: () => waitingOn.positions?.[0] } : {}),
    ...(waitingOn.unit ? { unit: () => waitingOn.unit } : {}),
  };
}

function actorOf(by: ActionableBy): Actor {
  return {
    id: 'u',
    roles: [...by.roles],
    ...(by.position ? { position: by.position } : {}),
    ...(by.unit ? { unit: by.unit } : {}),
    actingFor: (by.actingForPositions ?? []).map((position, i) => ({ id: `p${i}`, roles: ['initialer'], position })),
  };
}

describe('queue keys', () => {
  it('put a case in an actor queue exactly when the workflow lets that actor move it on', () => {
    fc.assert(
      fc.property(waiting, actor, (waitingOn, by) => {
        const shared = caseQueueKeys(waitingOn).some((key) => actorQueueKeys(by).includes(key));
        expect(shared).toBe(meetsRequirement(requirementOf(waitingOn), null, actorOf(by)));
      }),
      { numRuns: 500 },
    );
  });

  it('put a case that waits on nobody in no queue', () => {
    expect(caseQueueKeys(null)).toEqual([]);
  });
});
