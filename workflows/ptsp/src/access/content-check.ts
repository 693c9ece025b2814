import type { MachineCommandEvent } from '@satupintu/engine';
import type { Text } from '../i18n/text';

/**
 * One rule about a command's content or timing (not about who sends it). It names what is wrong
 * in words, or returns undefined: the machine's guard passes when it finds nothing, and
 * `explainRejection` tells the clerk what it found.
 */
export type ContentCheck<TContext> = (context: TContext, event: MachineCommandEvent) => Text | undefined;

/** The problems the named checks find with a command. */
export function problemsOf<TContext, TName extends string>(
  checks: Record<TName, ContentCheck<TContext>>,
  names: readonly TName[],
  context: TContext,
  event: MachineCommandEvent,
): Text[] {
  return names.map((name) => checks[name](context, event)).filter((found): found is Text => found !== undefined);
}

/** The checks as XState guards: a guard passes when its check finds nothing. */
export function checksAsGuards<TContext, TName extends string>(
  checks: Record<TName, ContentCheck<TContext>>,
): Record<TName, (args: { context: TContext; event: MachineCommandEvent }) => boolean> {
  const guards = {} as Record<TName, (args: { context: TContext; event: MachineCommandEvent }) => boolean>;
  for (const name of Object.keys(checks) as TName[]) {
    guards[name] = ({ context, event }) => checks[name](context, event) === undefined;
  }
  return guards;
}
