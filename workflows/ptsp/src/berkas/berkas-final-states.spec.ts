import { CommandNotAllowedError, commandsOfState } from '@satupintu/engine';
import { workflowSpec } from '@satupintu/engine/testing';
import { everyone } from '../testing/actors';
import { berkasStory } from '../testing/berkas-story';
import { berkasWorkflow } from './definition';
import { BERKAS_COMMANDS, BERKAS_FINAL_STATES } from './vocabulary';

const spec = workflowSpec(berkasWorkflow);
const story = berkasStory('KP-REG');

describe('Final states accept nothing', () => {
  describe.each(BERKAS_FINAL_STATES.map((s) => [s]))('given a file %s', (state) => {
    const given = spec.given(story.until(state));

    it('the machine is done and offers no command', () => {
      const snapshot = given.snapshot();
      expect(snapshot.status).toBe('done');
      expect(commandsOfState(snapshot)).toEqual([]);
    });

    it.each(BERKAS_COMMANDS.map((c) => [c]))('%s is not possible, for anyone', (type) => {
      for (const actor of everyone) {
        given.when({ type, payload: { reason: 'x' }, actor }).thenThrows(CommandNotAllowedError, { state, allowedCommands: [] });
      }
    });
  });
});
