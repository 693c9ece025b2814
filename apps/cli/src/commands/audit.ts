import type { EventStore } from '@satupintu/event-store';
import { auditHistory, type WorkflowRegistry } from '@satupintu/engine';
import type { CliIo } from '../io';
import { readCase } from './load-case';

/**
 * `audit <case>` (alias `replay`): replays the case through the workflow version it was recorded
 * with and says, step by step, whether each step was legal and unaltered. Returns the exit code:
 * 0 when every step passes, 2 when one does not (so scripts can act on it).
 */
export async function auditCase(
  store: EventStore,
  registry: WorkflowRegistry,
  caseId: string,
  io: CliIo,
  json: boolean,
): Promise<number> {
  const events = await readCase(store, caseId);
  const report = auditHistory(registry, events);
  if (json) {
    io.out(JSON.stringify(report, null, 2));
    return report.valid ? 0 : 2;
  }
  const workflow = report.workflow ? `${report.workflow.name} v${report.workflow.version}` : 'unknown workflow';
  io.out(`Audit of ${events[0].streamId} under ${workflow}`);
  for (const step of report.steps) {
    const ok = step.legal && step.stateMatches && step.hashOk;
    io.out(
      `${ok ? 'OK  ' : 'FAIL'} #${step.revision} ${step.type}: ${step.stateBefore} → ${step.stateAfter}${step.problem ? `  (${step.problem})` : ''}`,
    );
  }
  io.out(
    report.chain.intact
      ? 'Hash chain intact.'
      : `Hash chain broken at revision ${report.chain.brokenAt}.`,
  );
  io.out(report.valid ? 'Every step was legal and unaltered.' : 'The history does NOT verify.');
  return report.valid ? 0 : 2;
}
