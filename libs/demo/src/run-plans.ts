import type { WorkflowEngine } from '@satupintu/engine';
import type { DemoClock } from './demo-clock';
import { nameBasedUuid } from './ids';
import { addOfficeMinutes } from './office-time';
import type { CasePlan } from './planned-command';

export interface RunOutcome {
  appended: number;
  duplicates: number;
}

interface DatedCommand {
  at: Date;
  plan: CasePlan;
  step: number;
}

/**
 * Sends every plan's commands through the engine in the order of their dates across all cases,
 * so that agenda and letter numbers run in date order as they would at a real desk. Each command
 * has a fixed id (stream and step), so running the same plans again appends nothing.
 */
export async function runPlans(
  engine: WorkflowEngine,
  plans: readonly { plan: CasePlan; startsAt: Date }[],
  clock: DemoClock | undefined,
): Promise<RunOutcome> {
  const dated: DatedCommand[] = plans.flatMap(({ plan, startsAt }) => {
    let at = startsAt;
    return plan.commands.map((command, step) => {
      at = step === 0 ? startsAt : addOfficeMinutes(at, Math.max(1, command.after));
      return { at, plan, step };
    });
  });
  dated.sort((a, b) => a.at.getTime() - b.at.getTime() || a.plan.streamId.localeCompare(b.plan.streamId) || a.step - b.step);

  const outcome: RunOutcome = { appended: 0, duplicates: 0 };
  try {
    for (const { at, plan, step } of dated) {
      const { type, payload, actor } = plan.commands[step];
      clock?.set(at);
      const result = await engine.handle(
        plan.streamId,
        { id: nameBasedUuid(`${plan.streamId}:${step}`), type, payload },
        actor,
      );
      if (result.duplicate) outcome.duplicates += 1;
      else outcome.appended += 1;
    }
  } finally {
    clock?.release();
  }
  return outcome;
}

/** Office minutes a plan takes from its first command to its last. */
export function planDuration(plan: CasePlan): number {
  return plan.commands.slice(1).reduce((total, command) => total + Math.max(1, command.after), 0);
}
