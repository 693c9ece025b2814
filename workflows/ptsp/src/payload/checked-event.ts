import type { MachineCommandEvent } from '@satupintu/engine';

/** A machine event whose payload the transition's guards have already checked: what actions read. */
export type CheckedEvent<TPayload> = MachineCommandEvent & TPayload;

/**
 * Reads an event as its checked payload type. Only for actions: XState runs a transition's
 * actions after its guards passed, and the guards check every field an action reads.
 */
export const checked = <TPayload>(event: MachineCommandEvent) => event as CheckedEvent<TPayload>;
