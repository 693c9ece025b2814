import { ActorNotAuthorizedError, CommandRejectedError } from '@satupintu/engine';
import { workflowSpec } from '@satupintu/engine/testing';
import { dispatcher, frontOffice, kasubbidKepangkatan, processorKepangkatan, processorMutasi, verifier } from '../testing/actors';
import { berkasStory } from '../testing/berkas-story';
import { berkasWorkflow } from './definition';

const spec = workflowSpec(berkasWorkflow);
const story = berkasStory('KP-REG');

describe('Disposition (disposisi)', () => {
  describe('given a verified file', () => {
    const given = spec.given(story.until('disposition'));

    it('when the dispatcher disposes it to Kepangkatan, then FileDisposed is stored and Kepangkatan processes it', () => {
      const { state, snapshot } = given
        .when({ type: 'dispose', payload: { subdivision: 'kepangkatan' }, actor: dispatcher })
        .then([{ type: 'FileDisposed', data: { subdivision: 'kepangkatan' } }]);
      expect(state).toBe('processing');
      expect(snapshot.context.subdivision).toBe('kepangkatan');
    });

    it.each([verifier, frontOffice, processorKepangkatan].map((a) => [a.roles[0], a]))(
      'someone with role %s may not dispose',
      (_role, actor) => {
        given.when({ type: 'dispose', payload: { subdivision: 'kepangkatan' }, actor }).thenThrows(ActorNotAuthorizedError);
      },
    );

    it.each([
      ['no sub-division', {}],
      ['an empty one', { subdivision: '' }],
      ['a name instead of a code', { subdivision: 'Sub Bidang Kepangkatan' }],
    ])('refuses %s, asking to choose one', (_what, payload) => {
      given.when({ type: 'dispose', payload, actor: dispatcher }).thenThrows(CommandRejectedError, {
        reason: 'Sub bidang tujuan wajib dipilih / Choose the sub-division to send the case to',
      });
    });
  });

  describe('given a file being processed at the wrong sub-division', () => {
    const wronglyDisposed = [...story.until('disposition'), { ...story.events.disposed, data: { subdivision: 'mutasi' } }];
    const given = spec.given(wronglyDisposed);

    it('when the dispatcher re-routes it with a reason, then FileRedisposed is stored and it stays in processing, at the new sub-division', () => {
      const payload = { subdivision: 'kepangkatan', reason: 'Salah sub bidang' };
      const { state, snapshot } = given.when({ type: 'redispose', payload, actor: dispatcher }).then([{ type: 'FileRedisposed', data: payload }]);
      expect(state).toBe('processing');
      expect(snapshot.context).toMatchObject({ subdivision: 'kepangkatan', lastReason: 'Salah sub bidang' });
    });

    it('refuses a re-routing to the sub-division it is already at', () => {
      given
        .when({ type: 'redispose', payload: { subdivision: 'mutasi', reason: 'x' }, actor: dispatcher })
        .thenThrows(CommandRejectedError, { reason: 'Berkas sudah ada di sub bidang ini / The file is already with this sub-division' });
    });

    it('refuses a re-routing without a reason', () => {
      given
        .when({ type: 'redispose', payload: { subdivision: 'kepangkatan', reason: '   ' }, actor: dispatcher })
        .thenThrows(CommandRejectedError, { reason: 'Alasan wajib diisi / A reason is required' });
    });

    it('only the dispatcher re-routes', () => {
      given
        .when({ type: 'redispose', payload: { subdivision: 'kepangkatan', reason: 'x' }, actor: processorMutasi })
        .thenThrows(ActorNotAuthorizedError);
    });

    it('after re-routing, the new sub-division drafts and the old one may no longer', () => {
      const redisposed = [...wronglyDisposed, { type: 'FileRedisposed', data: { subdivision: 'kepangkatan', reason: 'Salah' }, actor: dispatcher }];
      spec.given(redisposed).when({ type: 'submit_draft', payload: { summary: 'Konsep SK' }, actor: processorMutasi }).thenThrows(ActorNotAuthorizedError);
      spec.given(redisposed).when({ type: 'submit_draft', payload: { summary: 'Konsep SK' }, actor: processorKepangkatan }).thenState('initials');
    });
  });
});

describe('Processing (pemrosesan di sub bidang)', () => {
  const given = spec.given(story.until('processing'));

  it('when a processor of the sub-division submits the draft, then DraftSubmitted is stored and the draft goes to the first official of the chain', () => {
    const { state, snapshot } = given
      .when({ type: 'submit_draft', payload: { summary: 'Konsep SK kenaikan pangkat III/c' }, actor: processorKepangkatan })
      .then([{ type: 'DraftSubmitted', data: { summary: 'Konsep SK kenaikan pangkat III/c' } }]);
    expect(state).toBe('initials');
    expect(snapshot.context).toMatchObject({ draftSummary: 'Konsep SK kenaikan pangkat III/c', chainIndex: 0, initials: [] });
  });

  it('a processor of another sub-division may not submit it', () => {
    given.when({ type: 'submit_draft', payload: { summary: 'x' }, actor: processorMutasi }).thenThrows(ActorNotAuthorizedError);
  });

  it('someone of the sub-division without the processor role may not submit it', () => {
    given.when({ type: 'submit_draft', payload: { summary: 'x' }, actor: kasubbidKepangkatan }).thenThrows(ActorNotAuthorizedError);
  });

  it('refuses a draft without a summary', () => {
    given
      .when({ type: 'submit_draft', payload: { summary: '' }, actor: processorKepangkatan })
      .thenThrows(CommandRejectedError, { reason: 'Ringkasan konsep wajib diisi / A summary of the draft is required' });
  });
});
