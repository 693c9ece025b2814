import { ActorNotAuthorizedError, CommandNotAllowedError, CommandRejectedError } from '@satupintu/engine';
import { workflowSpec } from '@satupintu/engine/testing';
import { dutyOfficer, frontOffice, kepalaBadan, verifier } from '../testing/actors';
import { berkasStory } from '../testing/berkas-story';
import type { BerkasContext } from './context';
import { berkasWorkflow } from './definition';
import { WITHDRAWABLE_STATES } from './vocabulary';

const spec = workflowSpec(berkasWorkflow);
const story = berkasStory('KP-REG');
const reason = { reason: 'Pemohon membatalkan permohonan' };

describe('Withdrawal (penarikan berkas): possible until the letter is signed', () => {
  describe.each(WITHDRAWABLE_STATES.map((s) => [s]))('given a file in %s', (state) => {
    const given = spec.given(story.until(state));

    it('when the front office withdraws it with a reason, then FileWithdrawn is stored and the file is withdrawn, remembering from where', () => {
      const at = '2026-03-10T02:00:00.000Z';
      const { state: after, snapshot } = given.when({ type: 'withdraw', payload: reason, actor: frontOffice, at }).then([{ type: 'FileWithdrawn', data: reason }]);
      expect(after).toBe('withdrawn');
      expect((snapshot.context as BerkasContext).withdrawal).toEqual({
        reason: reason.reason,
        from: state,
        by: { id: frontOffice.id, name: 'Rina' },
        at,
      });
    });

    it('the duty officer may withdraw it too', () => {
      given.when({ type: 'withdraw', payload: reason, actor: dutyOfficer }).thenState('withdrawn');
    });

    it('nobody else may: not the verifier, not the signer', () => {
      given.when({ type: 'withdraw', payload: reason, actor: verifier }).thenThrows(ActorNotAuthorizedError);
      given.when({ type: 'withdraw', payload: reason, actor: kepalaBadan }).thenThrows(ActorNotAuthorizedError);
    });

    it('refuses a withdrawal without a reason', () => {
      given
        .when({ type: 'withdraw', payload: { reason: '' }, actor: frontOffice })
        .thenThrows(CommandRejectedError, { reason: 'Alasan wajib diisi / A reason is required' });
    });
  });

  it.each([['numbering'], ['ready']] as const)('a signed letter (%s) can no longer be withdrawn', (state) => {
    spec.given(story.until(state)).when({ type: 'withdraw', payload: reason, actor: frontOffice }).thenThrows(CommandNotAllowedError, {
      state,
      commandType: 'withdraw',
    });
  });
});
