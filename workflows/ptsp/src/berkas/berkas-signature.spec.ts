import { ActorNotAuthorizedError, CommandNotAllowedError, CommandRejectedError } from '@satupintu/engine';
import { workflowSpec } from '@satupintu/engine/testing';
import { actingFor, dutyOfficer, kabidPmp, kepalaBadan, numberer, sekretaris, verifier } from '../testing/actors';
import { berkasStory } from '../testing/berkas-story';
import type { BerkasContext } from './context';
import { berkasWorkflow } from './definition';

const spec = workflowSpec(berkasWorkflow);
const kpReg = berkasStory('KP-REG');

describe('Signature (tanda tangan)', () => {
  const given = spec.given(kpReg.until('signature'));

  it('when the Kepala Badan signs, then LetterSigned is stored and the letter goes to numbering', () => {
    const at = '2026-03-05T02:00:00.000Z';
    const { state, snapshot } = given.when({ type: 'sign', actor: kepalaBadan, at }).then([{ type: 'LetterSigned' }]);
    expect(state).toBe('numbering');
    expect((snapshot.context as BerkasContext).signature).toEqual({ position: 'Kepala Badan', by: { id: kepalaBadan.id, name: 'Hasan' }, at });
  });

  it('an acting head of agency (Plh Kepala Badan) may sign, and the letter records for whom', () => {
    const { snapshot } = given.when({ type: 'sign', actor: actingFor(kepalaBadan, sekretaris) }).then([{ type: 'LetterSigned' }]);
    expect((snapshot.context as BerkasContext).signature?.by).toEqual({
      id: sekretaris.id,
      name: 'Nur',
      onBehalfOf: { id: kepalaBadan.id, name: 'Hasan' },
    });
  });

  it("a signer at another post may not sign: the Sekretaris signs IZIN-BELAJAR, not KP-REG", () => {
    given.when({ type: 'sign', actor: sekretaris }).thenThrows(ActorNotAuthorizedError);
    spec.given(berkasStory('IZIN-BELAJAR').until('signature')).when({ type: 'sign', actor: sekretaris }).thenState('numbering');
  });

  it('someone acting for an official who is not the signer may not sign', () => {
    given.when({ type: 'sign', actor: actingFor(kabidPmp) }).thenThrows(ActorNotAuthorizedError);
  });

  it('the Kepala Badan without the signer role may not sign', () => {
    given.when({ type: 'sign', actor: { ...kepalaBadan, roles: ['supervisor'] } }).thenThrows(ActorNotAuthorizedError);
  });

  it('when the signer sends the draft back with a reason, then it returns to the sub-division', () => {
    given
      .when({ type: 'send_back', payload: { reason: 'Dasar hukum kurang' }, actor: kepalaBadan })
      .then([{ type: 'DraftSentBack', data: { reason: 'Dasar hukum kurang' } }]);
    given.when({ type: 'send_back', payload: { reason: 'Dasar hukum kurang' }, actor: kepalaBadan }).thenState('processing');
  });

  it('refuses a send-back from signature without a reason', () => {
    given.when({ type: 'send_back', payload: { reason: ' ' }, actor: kepalaBadan }).thenThrows(CommandRejectedError);
  });

  it('the officials of the chain may no longer send back once it is at signature', () => {
    given.when({ type: 'send_back', payload: { reason: 'x' }, actor: kabidPmp }).thenThrows(ActorNotAuthorizedError);
  });
});

describe('Numbering (penomoran surat keluar)', () => {
  const given = spec.given(kpReg.until('numbering'));
  const letterNumber = '800.1.3.2/0457/BKD/2026';

  it('when the numberer assigns the number the engine drew, then LetterNumbered is stored with it and the letter is ready', () => {
    const { state, snapshot } = given
      .when({ type: 'assign_number', actor: numberer, at: '2026-03-05T03:00:00.000Z', allocated: { letterNumber } })
      .then([{ type: 'LetterNumbered', data: { letterNumber } }]);
    expect(state).toBe('ready');
    expect(snapshot.context).toMatchObject({ letterNumber, letterDate: '2026-03-05' });
  });

  it('dates the letter in WITA: numbered at 16:30 UTC on 31 March, it is dated 1 April', () => {
    const { snapshot } = given
      .when({ type: 'assign_number', actor: numberer, at: '2026-03-31T16:30:00.000Z', allocated: { letterNumber } })
      .then([{ type: 'LetterNumbered', data: { letterNumber } }]);
    expect((snapshot.context as BerkasContext).letterDate).toBe('2026-04-01');
  });

  it('refuses to number without a number drawn from the register', () => {
    given
      .when({ type: 'assign_number', actor: numberer })
      .thenThrows(CommandRejectedError, { reason: 'Nomor surat belum diberikan / No letter number was allocated' });
  });

  it.each([verifier, kepalaBadan, dutyOfficer].map((a) => [a.roles[0], a]))('someone with role %s may not number', (_role, actor) => {
    given.when({ type: 'assign_number', actor, allocated: { letterNumber } }).thenThrows(ActorNotAuthorizedError);
  });

  it('a signed letter can no longer be sent back', () => {
    given.when({ type: 'send_back', payload: { reason: 'x' }, actor: kepalaBadan }).thenThrows(CommandNotAllowedError);
  });
});
