import type { Actor } from '@satupintu/engine';
import { mayAct, waitingOnFor, type Permissions } from '../access/permissions';
import type { Requirement, WaitingOn } from '../access/requirement';
import { SYSTEM_ROLE } from '../organisation/roles';
import { currentChainPosition, type BerkasContext } from './context';
import type { BerkasCommand, BerkasState } from './vocabulary';

type Who = Requirement<BerkasContext>;

const desk: Who = { roles: ['front_office', 'registrar'] };
const verifier: Who = { roles: ['verifier'] };
const scheduler: Who = { roles: [SYSTEM_ROLE] };
const dispatcher: Who = { roles: ['dispatcher'] };
const processorOfTheSubdivision: Who = { roles: ['processor'], unit: (c) => c.subdivision ?? undefined };
const currentInitialer: Who = { roles: ['initialer'], position: currentChainPosition };
const signerOfTheService: Who = { roles: ['signer'], position: (c) => c.service?.signer };
const numberer: Who = { roles: ['numberer'] };
const dutyOfficer: Who = { roles: ['duty_officer'] };
/** The applicant withdraws through the desk, or through the duty officer who deals with them. */
const withdrawal: Who = { roles: ['front_office', 'duty_officer'] };

/**
 * Who may send which command in which state. The machine has a transition exactly where this
 * table has an entry (a spec checks it), and both its guards and `authorize` read this table.
 */
export const berkasPermissions: Permissions<BerkasState, BerkasCommand, BerkasContext> = {
  start: { receive: desk },
  verification: { verify_complete: verifier, return_incomplete: verifier, withdraw: withdrawal },
  returned: { resubmit: desk, expire: scheduler, withdraw: withdrawal },
  disposition: { dispose: dispatcher, withdraw: withdrawal },
  processing: { redispose: dispatcher, submit_draft: processorOfTheSubdivision, withdraw: withdrawal },
  initials: { initial: currentInitialer, send_back: currentInitialer, withdraw: withdrawal },
  signature: { sign: signerOfTheService, send_back: signerOfTheService, withdraw: withdrawal },
  numbering: { assign_number: numberer },
  ready: { hand_over: dutyOfficer },
  expired: {},
  handed_over: {},
  withdrawn: {},
};

/** The command that moves a file forward from each state: whoever may send it is who the file waits on. */
export const berkasForwardCommands: { [S in BerkasState]?: BerkasCommand } = {
  start: 'receive',
  verification: 'verify_complete',
  returned: 'resubmit',
  disposition: 'dispose',
  processing: 'submit_draft',
  initials: 'initial',
  signature: 'sign',
  numbering: 'assign_number',
  ready: 'hand_over',
};

export function mayActOnBerkas(state: string, command: string, context: BerkasContext, actor: Actor): boolean {
  return mayAct(berkasPermissions, state, command, context, actor);
}

export function berkasWaitingOn(state: string, context: BerkasContext): WaitingOn | null {
  return waitingOnFor(berkasPermissions, berkasForwardCommands, state, context);
}
