import { stateName } from '@satupintu/engine';
import type { AnyMachineSnapshot } from 'xstate';
import type { WaitingOn } from '../access/requirement';
import type { BerkasContext } from './context';
import { berkasWaitingOn } from './permissions';

/**
 * Who must act for the file to move on, for queues and the supervisor's view: e.g. in initials,
 * the initialer at the chain's current post (or whoever acts for them). Null in final states.
 */
export function waitingOn(snapshot: AnyMachineSnapshot): WaitingOn | null {
  return berkasWaitingOn(stateName(snapshot.value), snapshot.context as BerkasContext);
}
