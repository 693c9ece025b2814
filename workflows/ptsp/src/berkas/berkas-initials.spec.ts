import { ActorNotAuthorizedError, CommandNotAllowedError, CommandRejectedError } from '@satupintu/engine';
import { workflowSpec } from '@satupintu/engine/testing';
import {
  actingFor,
  kabidHkp,
  kabidPmp,
  kasubbidKepangkatan,
  kasubbidKesejahteraan,
  kasubbidMutasi,
  kepalaBadan,
  processorKepangkatan,
  sekretaris,
} from '../testing/actors';
import { berkasStory } from '../testing/berkas-story';
import { berkasWorkflow } from './definition';
import type { BerkasContext } from './context';
import { waitingOn } from './waiting-on';

const spec = workflowSpec(berkasWorkflow);
const kpReg = berkasStory('KP-REG');
const afterFirstInitials = [...kpReg.until('initials'), kpReg.events.initialled[0]];

describe('Initials (paraf): the draft goes up the service chain', () => {
  describe('given a KP-REG draft (chain: Kasubbid Kepangkatan → Kabid Pengembangan, Mutasi dan Promosi)', () => {
    const given = spec.given(kpReg.until('initials'));

    it('when the Kasubbid Kepangkatan initials, then DraftInitialled is stored and the draft waits for the Kabid', () => {
      const { state, snapshot } = given.when({ type: 'initial', actor: kasubbidKepangkatan }).then([{ type: 'DraftInitialled' }]);
      expect(state).toBe('initials');
      expect(snapshot.context.chainIndex).toBe(1);
      expect(snapshot.context.initials).toEqual([
        { position: 'Kasubbid Kepangkatan', by: { id: kasubbidKepangkatan.id, name: 'Yusuf' }, at: expect.any(String) },
      ]);
      expect(waitingOn(snapshot)).toEqual({ roles: ['initialer'], positions: ['Kabid Pengembangan, Mutasi dan Promosi'] });
    });

    it('the Kabid may not initial before the Kasubbid', () => {
      given.when({ type: 'initial', actor: kabidPmp }).thenThrows(ActorNotAuthorizedError);
    });

    it('an initialer at another post may not initial', () => {
      given.when({ type: 'initial', actor: kasubbidMutasi }).thenThrows(ActorNotAuthorizedError);
    });

    it('the holder of the post without the initialer role may not initial', () => {
      given.when({ type: 'initial', actor: { ...kasubbidKepangkatan, roles: ['processor'] } }).thenThrows(ActorNotAuthorizedError);
    });

    it('the signer may not sign before the chain is done', () => {
      given.when({ type: 'sign', actor: kepalaBadan }).thenThrows(CommandNotAllowedError);
    });
  });

  describe('given the Kasubbid has initialled', () => {
    it('when the Kabid, the last of the chain, initials, then the draft goes to signature', () => {
      const { state, snapshot } = spec.given(afterFirstInitials).when({ type: 'initial', actor: kabidPmp }).then([{ type: 'DraftInitialled' }]);
      expect(state).toBe('signature');
      expect((snapshot.context as BerkasContext).initials.map((i) => i.position)).toEqual(['Kasubbid Kepangkatan', 'Kabid Pengembangan, Mutasi dan Promosi']);
    });

    it('the Kasubbid may not initial twice', () => {
      spec.given(afterFirstInitials).when({ type: 'initial', actor: kasubbidKepangkatan }).thenThrows(ActorNotAuthorizedError);
    });
  });

  describe('delegation: an official who is away is replaced by an acting official (Plh)', () => {
    it('someone outside the chain acting for the current official may initial, and the record names both', () => {
      const plh = actingFor(kasubbidKepangkatan);
      const { snapshot } = spec.given(kpReg.until('initials')).when({ type: 'initial', actor: plh }).then([{ type: 'DraftInitialled' }]);
      expect(snapshot.context.initials[0].by).toEqual({ id: 'u-plh', name: 'Irwan', onBehalfOf: { id: kasubbidKepangkatan.id, name: 'Yusuf' } });
    });

    it('someone acting for another official of the chain (not the current one) may not', () => {
      spec.given(kpReg.until('initials')).when({ type: 'initial', actor: actingFor(kabidPmp) }).thenThrows(ActorNotAuthorizedError);
    });

    it('once the chain reaches the absent official, the acting official may initial for them', () => {
      spec.given(afterFirstInitials).when({ type: 'initial', actor: actingFor(kabidPmp) }).thenState('signature');
    });

    it('the acting official may also send the draft back for the absent one', () => {
      spec
        .given(kpReg.until('initials'))
        .when({ type: 'send_back', payload: { reason: 'Lampiran kurang' }, actor: actingFor(kasubbidKepangkatan) })
        .thenState('processing');
    });
  });

  describe('chains of other lengths', () => {
    it('KARIS: a single official, the Kasubbid Kesejahteraan, sends the draft straight to signature', () => {
      spec.given(berkasStory('KARIS').until('initials')).when({ type: 'initial', actor: kasubbidKesejahteraan }).thenState('signature');
    });

    it('MUT-MASUK: three officials, the Sekretaris last', () => {
      const mut = berkasStory('MUT-MASUK');
      const [first, second] = mut.events.initialled;
      spec.given(mut.until('initials')).when({ type: 'initial', actor: kasubbidMutasi }).thenState('initials');
      spec.given([...mut.until('initials'), first]).when({ type: 'initial', actor: kabidPmp }).thenState('initials');
      spec.given([...mut.until('initials'), first]).when({ type: 'initial', actor: sekretaris }).thenThrows(ActorNotAuthorizedError);
      spec.given([...mut.until('initials'), first, second]).when({ type: 'initial', actor: sekretaris }).thenState('signature');
    });
  });

  describe('send back (kembalikan untuk perbaikan)', () => {
    it('when the current official sends the draft back with a reason, then DraftSentBack is stored and the sub-division revises it', () => {
      const { state, snapshot } = spec
        .given(afterFirstInitials)
        .when({ type: 'send_back', payload: { reason: 'Masa kerja golongan salah' }, actor: kabidPmp })
        .then([{ type: 'DraftSentBack', data: { reason: 'Masa kerja golongan salah' } }]);
      expect(state).toBe('processing');
      expect(snapshot.context.lastReason).toBe('Masa kerja golongan salah');
    });

    it('refuses a send-back without a reason', () => {
      spec
        .given(afterFirstInitials)
        .when({ type: 'send_back', payload: { reason: '' }, actor: kabidPmp })
        .thenThrows(CommandRejectedError, { reason: 'Alasan wajib diisi / A reason is required' });
    });

    it('only the current official sends back: an earlier one of the chain may not', () => {
      spec
        .given(afterFirstInitials)
        .when({ type: 'send_back', payload: { reason: 'x' }, actor: kasubbidKepangkatan })
        .thenThrows(ActorNotAuthorizedError);
    });

    it('the revised draft goes up the whole chain again, from the first official', () => {
      const sentBack = [...afterFirstInitials, { type: 'DraftSentBack', data: { reason: 'x' }, actor: kabidPmp }];
      const { snapshot } = spec
        .given(sentBack)
        .when({ type: 'submit_draft', payload: { summary: 'Konsep diperbaiki' }, actor: processorKepangkatan })
        .then([{ type: 'DraftSubmitted', data: { summary: 'Konsep diperbaiki' } }]);
      expect(snapshot.context).toMatchObject({ chainIndex: 0, initials: [], draftSummary: 'Konsep diperbaiki', lastReason: 'x' });
      expect(waitingOn(snapshot)?.positions).toEqual(['Kasubbid Kepangkatan']);
    });
  });

  it('a signer who is not in the chain may not initial (the KARIS signer is the Kabid, not an initialer there)', () => {
    spec.given(berkasStory('KARIS').until('initials')).when({ type: 'initial', actor: kabidHkp }).thenThrows(ActorNotAuthorizedError);
  });
});
