import { stateName } from '@satupintu/engine';
import type { AnyMachineSnapshot } from 'xstate';
import type { WaitingOn } from '../access/requirement';
import type { KonsultasiContext } from './context';
import { konsultasiWaitingOn } from './permissions';

/** Who must act for the consultation to move on; null once it is closed. */
export function waitingOn(snapshot: AnyMachineSnapshot): WaitingOn | null {
  return konsultasiWaitingOn(stateName(snapshot.value), snapshot.context as KonsultasiContext);
}
