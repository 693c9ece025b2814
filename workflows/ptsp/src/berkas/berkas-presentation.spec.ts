import { workflowSpec } from '@satupintu/engine/testing';
import { berkasStory } from '../testing/berkas-story';
import { berkasWorkflow } from './definition';
import { eventTypes } from './event-types';
import { commandLabels, stateLabels } from './labels';
import { BERKAS_COMMANDS, BERKAS_STATES, type BerkasState } from './vocabulary';
import { waitingOn } from './waiting-on';

describe('What screens show of a file', () => {
  it('names every state in Indonesian and English, differently', () => {
    expect(Object.keys(stateLabels).sort()).toEqual([...BERKAS_STATES].sort());
    for (const { id, en } of Object.values(stateLabels)) {
      expect(id.trim()).not.toBe('');
      expect(en.trim()).not.toBe('');
      expect(id).not.toBe(en);
    }
  });

  it('names every command in Indonesian and English', () => {
    expect(Object.keys(commandLabels).sort()).toEqual([...BERKAS_COMMANDS].sort());
    for (const { id, en } of Object.values(commandLabels)) expect(id && en).toBeTruthy();
  });

  it('stores each command as its own past-tense event type', () => {
    expect(eventTypes).toEqual({
      receive: 'FileReceived',
      verify_complete: 'FileVerified',
      return_incomplete: 'FileReturned',
      resubmit: 'FileResubmitted',
      expire: 'FileExpired',
      dispose: 'FileDisposed',
      redispose: 'FileRedisposed',
      submit_draft: 'DraftSubmitted',
      initial: 'DraftInitialled',
      send_back: 'DraftSentBack',
      sign: 'LetterSigned',
      assign_number: 'LetterNumbered',
      hand_over: 'FileHandedOver',
      withdraw: 'FileWithdrawn',
    });
    expect(berkasWorkflow.eventTypes).toBe(eventTypes);
  });

  describe('who a KP-REG file waits on', () => {
    const story = berkasStory('KP-REG');
    const snapshotIn = (state: BerkasState) => workflowSpec(berkasWorkflow).given(story.until(state)).snapshot();

    it.each<[BerkasState, ReturnType<typeof waitingOn>]>([
      ['start', { roles: ['front_office', 'registrar'] }],
      ['verification', { roles: ['verifier'] }],
      ['returned', { roles: ['front_office', 'registrar'] }],
      ['disposition', { roles: ['dispatcher'] }],
      ['processing', { roles: ['processor'], unit: 'kepangkatan' }],
      ['initials', { roles: ['initialer'], positions: ['Kasubbid Kepangkatan'] }],
      ['signature', { roles: ['signer'], positions: ['Kepala Badan'] }],
      ['numbering', { roles: ['numberer'] }],
      ['ready', { roles: ['duty_officer'] }],
      ['expired', null],
      ['handed_over', null],
      ['withdrawn', null],
    ])('in %s: %j', (state, expected) => {
      expect(waitingOn(snapshotIn(state))).toEqual(expected);
    });
  });
});
