import type { Actor } from '@satupintu/engine';
import { mayAct, waitingOnFor, type Permissions } from '../access/permissions';
import type { Requirement, WaitingOn } from '../access/requirement';
import type { KonsultasiContext } from './context';
import type { KonsultasiCommand, KonsultasiState } from './vocabulary';

type Who = Requirement<KonsultasiContext>;

const desk: Who = { roles: ['consultation_desk', 'front_office'] };
const consultationDesk: Who = { roles: ['consultation_desk'] };
/** The manager of the sub-division the question was escalated to. */
const subdivisionManager: Who = { roles: ['initialer', 'processor'], unit: (c) => c.subdivision ?? undefined };

/** Who may send which command in which state; the machine's guards and `authorize` both read it. */
export const konsultasiPermissions: Permissions<KonsultasiState, KonsultasiCommand, KonsultasiContext> = {
  start: { ask: desk },
  asked: { answer: consultationDesk, escalate: consultationDesk },
  escalated: { answer: subdivisionManager },
  answered: { close: consultationDesk },
  closed: {},
};

export const konsultasiForwardCommands: { [S in KonsultasiState]?: KonsultasiCommand } = {
  start: 'ask',
  asked: 'answer',
  escalated: 'answer',
  answered: 'close',
};

export function mayActOnKonsultasi(state: string, command: string, context: KonsultasiContext, actor: Actor): boolean {
  return mayAct(konsultasiPermissions, state, command, context, actor);
}

export function konsultasiWaitingOn(state: string, context: KonsultasiContext): WaitingOn | null {
  return waitingOnFor(konsultasiPermissions, konsultasiForwardCommands, state, context);
}
