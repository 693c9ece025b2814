import { getShortestPaths } from '@xstate/graph';
import {
  ActorNotAuthorizedError,
  CommandRejectedError,
  actorToJson,
  commandsOfState,
  stateName,
  type Actor,
} from '@satupintu/engine';
import { workflowSpec } from '@satupintu/engine/testing';
import { SUBDIVISIONS } from '../organisation/units';
import { actingFor, everyone, frontOffice, verifier } from '../testing/actors';
import { MODEL_SERVICES, validBerkasEvents } from '../testing/berkas-events';
import { berkasStory, holderOf, letterService, processorOf } from '../testing/berkas-story';
import { machineTransitions } from '../testing/machine-transitions';
import { berkasWorkflow } from './definition';
import { explainRejection } from './explain-rejection';
import { berkasMachine } from './machine';
import { berkasPermissions } from './permissions';

const posts = [...new Set(MODEL_SERVICES.flatMap((code) => [...letterService(code).initialsChain, letterService(code).signer]))];
/** The office's staff, a processor in every sub-division, and a Plh for every official of the model's chains. */
const actorPool: Actor[] = [
  ...everyone,
  ...SUBDIVISIONS.map((s) => processorOf(s.code)),
  ...posts.map(holderOf),
  ...posts.map((post) => actingFor(holderOf(post))),
];

describe('Who may act: one predicate for authorize and for the guards', () => {
  it('the permissions table names exactly the commands the statechart accepts in each state', () => {
    const fromMachine = new Set(machineTransitions(berkasMachine).map((t) => `${t.source}:${t.event}`));
    const fromTable = new Set(
      Object.entries(berkasPermissions).flatMap(([state, commands]) => Object.keys(commands).map((c) => `${state}:${c}`)),
    );
    expect([...fromTable].sort()).toEqual([...fromMachine].sort());
  });

  it('in every reachable state, for every command with a valid payload, the guard lets through exactly whom authorize lets through', () => {
    const reachable = getShortestPaths(berkasMachine, { events: validBerkasEvents }).map((p) => p.state);
    let compared = 0;
    let allowed = 0;
    for (const snapshot of reachable) {
      const accepted = commandsOfState(snapshot);
      for (const event of validBerkasEvents(snapshot).filter((e) => accepted.includes(e.type))) {
        for (const actor of actorPool) {
          const authorized = berkasWorkflow.authorize({ snapshot, type: event.type, actor, at: event.at });
          const guardPasses = snapshot.can({ ...event, actor: actorToJson(actor) as unknown as Actor });
          if (authorized !== guardPasses) {
            throw new Error(`${stateName(snapshot.value)} / ${event.type} / ${actor.id}: authorize ${authorized}, guard ${guardPasses}`);
          }
          compared += 1;
          if (authorized) allowed += 1;
        }
      }
    }
    // Both answers occur often: most of the office may not act on a given step, somebody always may.
    expect(compared).toBeGreaterThan(10_000);
    expect(allowed).toBeGreaterThan(1_000);
  });

  describe('403 (not yours) is told apart from 422 (not like this)', () => {
    const given = workflowSpec(berkasWorkflow).given(berkasStory('KP-REG').until('verification'));

    it('someone not allowed is refused as not authorized, whatever the payload', () => {
      given.when({ type: 'withdraw', payload: { reason: '' }, actor: verifier }).thenThrows(ActorNotAuthorizedError, {
        commandType: 'withdraw',
        actorId: verifier.id,
      });
    });

    it('someone allowed, with a bad payload, is refused with the reason, and told what they could do instead', () => {
      given.when({ type: 'withdraw', payload: { reason: '' }, actor: frontOffice }).thenThrows(CommandRejectedError, {
        reason: 'Alasan wajib diisi / A reason is required',
        allowedCommands: ['withdraw'],
      });
    });
  });

  describe('explainRejection', () => {
    const snapshot = workflowSpec(berkasWorkflow).given(berkasStory('KP-REG').until('verification')).snapshot();
    const at = '2026-03-02T02:00:00.000Z';

    it('has nothing to explain about an acceptable command', () => {
      expect(explainRejection(snapshot, { type: 'withdraw', reason: 'Batal', actor: frontOffice, at })).toBeUndefined();
    });

    it('says so when asked about someone who may not act at all, in one line and in each language', () => {
      expect(explainRejection(snapshot, { type: 'withdraw', reason: 'Batal', actor: verifier, at })).toEqual({
        text: 'Anda tidak berwenang untuk langkah ini / You may not take this step',
        byLanguage: { id: 'Anda tidak berwenang untuk langkah ini', en: 'You may not take this step' },
      });
    });

    it('knows nothing of commands that are not berkas commands', () => {
      expect(explainRejection(snapshot, { type: 'approve', actor: frontOffice, at })).toBeUndefined();
    });
  });
});
