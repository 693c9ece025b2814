import type { EventStore, RecordedEvent } from '@satupintu/event-store';
import { auditHistory, isWorkflowEventMetadata, verifyChain, type WorkflowRegistry } from '@satupintu/engine';
import type { CliIo } from '../io';
import { readCase } from './load-case';

/**
 * `audit <case or stream>` (alias `replay`): replays a case through the workflow version it was
 * recorded with and says, step by step, whether each step was legal and unaltered; for any other
 * stream (an admin's decisions: `account-…`, `delegation-…`, `calendar-2026`, `catalogue-services`;
 * surveys, reminders, SMS outcomes) it checks the hash chain link by link. Returns the exit code:
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
  if (!isWorkflowEventMetadata(events[0].metadata)) return auditChain(events, io, json);
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

/** The hash chain of a stream the engine did not write: the same links as a case's, without a workflow to replay. */
function auditChain(events: RecordedEvent[], io: CliIo, json: boolean): number {
  const streamId = events[0].streamId;
  const { intact, brokenAt, links } = verifyChain(events);
  if (json) {
    io.out(JSON.stringify({ streamId, chain: brokenAt === undefined ? { intact } : { intact, brokenAt }, links }, null, 2));
    return intact ? 0 : 2;
  }
  io.out(`Hash chain of ${streamId} (${events.length} events)`);
  for (const link of links) {
    io.out(`${link.hashOk ? 'OK  ' : 'FAIL'} #${link.revision} ${link.type}${link.problem ? `  (${link.problem})` : ''}`);
  }
  io.out(intact ? 'Hash chain intact: no event was altered or removed.' : `Hash chain broken at revision ${brokenAt}.`);
  return intact ? 0 : 2;
}
