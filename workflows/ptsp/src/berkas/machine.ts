import { and, assign, setup } from 'xstate';
import type { MachineCommandEvent } from '@satupintu/engine';
import { checked } from '../payload/checked-event';
import { checksAsGuards } from '../access/content-check';
import { berkasChecks, berkasChecksOf } from './content-checks';
import { EMPTY_BERKAS, type BerkasContext } from './context';
import type {
  AssignNumberAllocated,
  DisposePayload,
  HandOverPayload,
  ReasonPayload,
  ReceiveAllocated,
  ReceivePayload,
  RedisposePayload,
  ResubmitPayload,
  ReturnIncompletePayload,
  SubmitDraftPayload,
} from './payloads';
import { mayActOnBerkas } from './permissions';
import * as update from './updates';
import type { BerkasCommand, BerkasState } from './vocabulary';

const berkasSetup = setup({
  types: { context: {} as BerkasContext, events: {} as MachineCommandEvent },
  guards: {
    /** Who may act: the same predicate the workflow's `authorize` answers with. */
    mayAct: ({ context, event }, params: { state: BerkasState }) =>
      mayActOnBerkas(params.state, event.type, context, event.actor),
    /** The official initialling now is the last of the service's chain. */
    completesChain: ({ context }) => context.chainIndex + 1 >= (context.service?.initialsChain.length ?? 0),
    ...checksAsGuards(berkasChecks),
  },
  actions: {
    recordReceipt: assign(({ context, event }) => update.onReceive(context, checked<ReceivePayload & ReceiveAllocated>(event))),
    recordVerification: assign(({ context, event }) => update.onVerified(context, checked(event))),
    recordReturn: assign(({ context, event }) => update.onReturned(context, checked<ReturnIncompletePayload>(event))),
    recordResubmission: assign(({ context, event }) => update.onResubmitted(context, checked<ResubmitPayload>(event))),
    recordDisposition: assign(({ context, event }) => update.onDisposed(context, checked<DisposePayload>(event))),
    recordRedisposition: assign(({ context, event }) => update.onRedisposed(context, checked<RedisposePayload>(event))),
    recordDraft: assign(({ context, event }) => update.onDraftSubmitted(context, checked<SubmitDraftPayload>(event))),
    startChain: assign(() => update.onChainStarted()),
    recordInitials: assign(({ context, event }) => update.onInitialled(context, checked(event))),
    recordSendBack: assign(({ context, event }) => update.onSentBack(context, checked<ReasonPayload>(event))),
    recordSignature: assign(({ context, event }) => update.onSigned(context, checked(event))),
    recordLetterNumber: assign(({ context, event }) =>
      update.onNumbered(context, checked<AssignNumberAllocated>(event)),
    ),
    recordHandover: assign(({ context, event }) => update.onHandedOver(context, checked<HandOverPayload>(event))),
    recordWithdrawal: assign(({ context, event }, params: { from: BerkasState }) =>
      update.onWithdrawn(params.from)(context, checked<ReasonPayload>(event)),
    ),
  },
});

/** The guard of a transition: this actor may send the command here, and its content passes the command's rules. */
function allowed(state: BerkasState, command: BerkasCommand) {
  return and([{ type: 'mayAct', params: { state } }, ...berkasChecksOf[command]]);
}

/** Withdrawal by the applicant (through the desk), possible until the letter is signed. */
function withdrawFrom(state: BerkasState) {
  return {
    guard: allowed(state, 'withdraw'),
    target: 'withdrawn',
    actions: { type: 'recordWithdrawal', params: { from: state } },
  } as const;
}

/**
 * A personnel file (berkas) from receipt at the desk to handover of the letter, as PTSP.md's
 * lifecycle describes it. Every transition is guarded by who may act (the permissions table)
 * and by the content rules of its command (the checks table); nothing else decides.
 */
export const berkasMachine = berkasSetup.createMachine({
  id: 'berkas',
  initial: 'start',
  context: EMPTY_BERKAS,
  states: {
    start: {
      on: {
        receive: { guard: allowed('start', 'receive'), target: 'verification', actions: 'recordReceipt' },
      },
    },
    verification: {
      on: {
        verify_complete: {
          guard: allowed('verification', 'verify_complete'),
          target: 'disposition',
          actions: 'recordVerification',
        },
        return_incomplete: {
          guard: allowed('verification', 'return_incomplete'),
          target: 'returned',
          actions: 'recordReturn',
        },
        withdraw: withdrawFrom('verification'),
      },
    },
    returned: {
      on: {
        resubmit: { guard: allowed('returned', 'resubmit'), target: 'verification', actions: 'recordResubmission' },
        expire: { guard: allowed('returned', 'expire'), target: 'expired' },
        withdraw: withdrawFrom('returned'),
      },
    },
    expired: { type: 'final' },
    disposition: {
      on: {
        dispose: { guard: allowed('disposition', 'dispose'), target: 'processing', actions: 'recordDisposition' },
        withdraw: withdrawFrom('disposition'),
      },
    },
    processing: {
      on: {
        // Re-routing a file sent to the wrong sub-division keeps it in processing, at the new one.
        redispose: { guard: allowed('processing', 'redispose'), actions: 'recordRedisposition' },
        submit_draft: { guard: allowed('processing', 'submit_draft'), target: 'initials', actions: 'recordDraft' },
        withdraw: withdrawFrom('processing'),
      },
    },
    initials: {
      entry: 'startChain',
      on: {
        initial: [
          {
            guard: and([allowed('initials', 'initial'), 'completesChain']),
            target: 'signature',
            actions: 'recordInitials',
          },
          // Not the last official yet: the draft stays in initials and waits for the next one.
          { guard: allowed('initials', 'initial'), actions: 'recordInitials' },
        ],
        send_back: { guard: allowed('initials', 'send_back'), target: 'processing', actions: 'recordSendBack' },
        withdraw: withdrawFrom('initials'),
      },
    },
    signature: {
      on: {
        sign: { guard: allowed('signature', 'sign'), target: 'numbering', actions: 'recordSignature' },
        send_back: { guard: allowed('signature', 'send_back'), target: 'processing', actions: 'recordSendBack' },
        withdraw: withdrawFrom('signature'),
      },
    },
    numbering: {
      on: {
        assign_number: { guard: allowed('numbering', 'assign_number'), target: 'ready', actions: 'recordLetterNumber' },
      },
    },
    ready: {
      on: {
        hand_over: { guard: allowed('ready', 'hand_over'), target: 'handed_over', actions: 'recordHandover' },
      },
    },
    handed_over: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

export type BerkasMachine = typeof berkasMachine;
