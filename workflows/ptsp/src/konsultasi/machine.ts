import { and, assign, setup } from 'xstate';
import type { MachineCommandEvent } from '@satupintu/engine';
import { checked } from '../payload/checked-event';
import { checksAsGuards } from '../access/content-check';
import { konsultasiChecks, konsultasiChecksOf } from './content-checks';
import { EMPTY_KONSULTASI, type KonsultasiContext } from './context';
import type { AnswerPayload, AskPayload, EscalatePayload } from './payloads';
import { mayActOnKonsultasi } from './permissions';
import * as update from './updates';
import type { KonsultasiCommand, KonsultasiState } from './vocabulary';

const konsultasiSetup = setup({
  types: { context: {} as KonsultasiContext, events: {} as MachineCommandEvent },
  guards: {
    /** Who may act: the same predicate the workflow's `authorize` answers with. */
    mayAct: ({ context, event }, params: { state: KonsultasiState }) =>
      mayActOnKonsultasi(params.state, event.type, context, event.actor),
    ...checksAsGuards(konsultasiChecks),
  },
  actions: {
    recordQuestion: assign(({ context, event }) => update.onAsked(context, checked<AskPayload>(event))),
    recordEscalation: assign(({ context, event }) => update.onEscalated(context, checked<EscalatePayload>(event))),
    recordAnswer: assign(({ context, event }) => update.onAnswered(context, checked<AnswerPayload>(event))),
    recordClosing: assign(({ context, event }) => update.onClosed(context, checked(event))),
  },
});

function allowed(state: KonsultasiState, command: KonsultasiCommand) {
  return and([{ type: 'mayAct', params: { state } }, ...konsultasiChecksOf[command]]);
}

/**
 * A question at the desk: answered there, or escalated to the sub-division's manager, who comes
 * to the desk or receives the visitor and answers; then closed.
 */
export const konsultasiMachine = konsultasiSetup.createMachine({
  id: 'konsultasi',
  initial: 'start',
  context: EMPTY_KONSULTASI,
  states: {
    start: {
      on: { ask: { guard: allowed('start', 'ask'), target: 'asked', actions: 'recordQuestion' } },
    },
    asked: {
      on: {
        answer: { guard: allowed('asked', 'answer'), target: 'answered', actions: 'recordAnswer' },
        escalate: { guard: allowed('asked', 'escalate'), target: 'escalated', actions: 'recordEscalation' },
      },
    },
    escalated: {
      on: { answer: { guard: allowed('escalated', 'answer'), target: 'answered', actions: 'recordAnswer' } },
    },
    answered: {
      on: { close: { guard: allowed('answered', 'close'), target: 'closed', actions: 'recordClosing' } },
    },
    closed: { type: 'final' },
  },
});

export type KonsultasiMachine = typeof konsultasiMachine;
