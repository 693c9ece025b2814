import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import type { JsonObject } from '@satupintu/event-store';
import type { Actor } from './actor';

/**
 * The machine event the engine sends for a command: the command's type and payload,
 * the values the engine allocated for it, who sends it and when (ISO time).
 * Guards decide from this and the machine's context only, so replay is deterministic.
 */
export interface MachineCommandEvent {
  type: string;
  actor: Actor;
  at: string;
  [field: string]: unknown;
}

export interface AuthorizationQuery {
  snapshot: AnyMachineSnapshot;
  type: string;
  actor: Actor;
  at: string;
}

export interface AllocationContext {
  snapshot: AnyMachineSnapshot;
  payload: JsonObject;
  at: Date;
}

/**
 * A value the engine draws from a gap-free sequence before the command's event is appended,
 * e.g. an agenda number or an outgoing letter number. The sequence is its own stream.
 */
export interface SequenceAllocation {
  /** The field of the event's data (and the machine event) that receives the formatted value. */
  field: string;
  /** Which sequence to draw from, e.g. `letter-2026` (sequences restart by naming a new one). */
  sequence(ctx: AllocationContext): string;
  format(value: number, ctx: AllocationContext): string;
}

/**
 * A workflow the engine can run: an XState machine plus what the engine needs to store its
 * transitions as events. The engine knows nothing else about the domain.
 */
export interface WorkflowDefinition<TMachine extends AnyStateMachine = AnyStateMachine> {
  /** Also the stream prefix: instances live in streams `${name}-${id}`. */
  name: string;
  version: number;
  machine: TMachine;
  /** The stored event type for each command (machine event) type, e.g. verify_complete → VerifiedComplete. */
  eventTypes: Record<string, string>;
  /**
   * Whether this actor may send this command type now, regardless of its payload:
   * the same predicate the machine's guards use for roles, chains and delegations.
   * Tells "not yours to do" (403) apart from "not possible now" (422) and lists allowed actions.
   */
  authorize(query: AuthorizationQuery): boolean;
  /**
   * Why the machine refused an authorized command (a guard on the payload or context), in words for
   * a clerk: one line, or an `Explanation` when the workflow can say it in each of its languages.
   */
  explainRejection?(snapshot: AnyMachineSnapshot, event: MachineCommandEvent): string | Explanation | undefined;
  allocations?: Record<string, SequenceAllocation>;
}

/** A refusal's reason as one line (logs, single-language callers) and in each language, by language tag. */
export interface Explanation {
  text: string;
  byLanguage: Readonly<Record<string, string>>;
}

export type AnyWorkflowDefinition = WorkflowDefinition<AnyStateMachine>;
