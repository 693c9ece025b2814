import { workflowSpec } from '@satupintu/engine/testing';
import { berkasStory } from '../testing/berkas-story';
import { berkasWorkflow } from './definition';
import { BERKAS_STATES } from './vocabulary';

describe('the berkas story used by these specs', () => {
  const spec = workflowSpec(berkasWorkflow);

  describe.each(['KP-REG', 'MUT-MASUK', 'KARIS', 'IZIN-BELAJAR'])('for %s', (code) => {
    it.each(BERKAS_STATES.map((s) => [s]))('reaches %s by legal steps only', (state) => {
      spec.given(berkasStory(code).until(state)).thenState(state);
    });
  });
});
