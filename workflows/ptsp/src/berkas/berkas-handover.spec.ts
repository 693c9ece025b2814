import { ActorNotAuthorizedError, CommandRejectedError } from '@satupintu/engine';
import { workflowSpec } from '@satupintu/engine/testing';
import { dutyOfficer, frontOffice, numberer } from '../testing/actors';
import { berkasStory } from '../testing/berkas-story';
import type { BerkasContext } from './context';
import { berkasWorkflow } from './definition';

const spec = workflowSpec(berkasWorkflow);
const given = spec.given(berkasStory('KP-REG').until('ready'));

describe('Handover (penyerahan)', () => {
  it('when the duty officer hands the letter to the employee, then FileHandedOver is stored with who received it and when', () => {
    const payload = { recipientName: 'Ahmad Fauzan', relation: 'self' };
    const at = '2026-03-06T06:00:00.000Z';
    const { state, snapshot } = given.when({ type: 'hand_over', payload, actor: dutyOfficer, at }).then([{ type: 'FileHandedOver', data: payload }]);
    expect(state).toBe('handed_over');
    expect((snapshot.context as BerkasContext).handover).toEqual({
      recipientName: 'Ahmad Fauzan',
      relation: 'self',
      by: { id: dutyOfficer.id, name: 'Wati' },
      at,
    });
  });

  it('a representative may collect it, with the number of their identity card', () => {
    const payload = { recipientName: 'Siti Aminah', relation: 'representative', recipientIdNumber: '6371014501800001' };
    const { snapshot } = given.when({ type: 'hand_over', payload, actor: dutyOfficer }).then([{ type: 'FileHandedOver', data: payload }]);
    expect((snapshot.context as BerkasContext).handover).toMatchObject({ relation: 'representative', recipientIdNumber: '6371014501800001' });
  });

  it.each([
    ['a representative without an identity number', { recipientName: 'Siti', relation: 'representative' }, 'Nomor identitas kuasa wajib diisi'],
    ['no recipient name', { recipientName: '', relation: 'self' }, 'Nama penerima wajib diisi'],
    ['a relation other than self or representative', { recipientName: 'Siti', relation: 'neighbour' }, 'Penerima harus yang bersangkutan atau kuasanya'],
  ])('refuses %s', (_what, payload, reason) => {
    given.when({ type: 'hand_over', payload, actor: dutyOfficer }).thenThrows(CommandRejectedError, { reason: expect.stringContaining(reason) });
  });

  it.each([frontOffice, numberer].map((a) => [a.roles[0], a]))('only the duty officer hands over, not someone with role %s', (_role, actor) => {
    given.when({ type: 'hand_over', payload: { recipientName: 'A', relation: 'self' }, actor }).thenThrows(ActorNotAuthorizedError);
  });
});
