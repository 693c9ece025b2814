import type { AnchorLedger } from '@satupintu/anchors';
import type { EventStore, RecordedEvent } from '@satupintu/event-store';
import {
  auditHistory,
  isWorkflowEventMetadata,
  verifyChain,
  type ChainVerdict,
  type StreamAnchors,
  type WorkflowRegistry,
} from '@satupintu/engine';
import type { CliIo } from '../io';
import { readCase, streamIdOf } from './load-case';

/**
 * `audit <case or stream>` (alias `replay`): replays a case through the workflow version it was
 * recorded with and says, step by step, whether each step was legal and unaltered; for any other
 * stream (an admin's decisions: `account-…`, `delegation-…`, `calendar-2026`, `catalogue-services`;
 * surveys, reminders, SMS outcomes) it checks the hash chain link by link. Either way the
 * stream's end is compared with the data folder's anchor ledger, when there is one (what the app
 * saw: events cut off at the end, a stream rewritten). Returns the exit code: 0 when every step
 * passes, 2 when one does not (so scripts can act on it).
 */
export async function auditCase(
  store: EventStore,
  registry: WorkflowRegistry,
  caseId: string,
  io: CliIo,
  json: boolean,
  ledger?: AnchorLedger,
): Promise<number> {
  const anchors = ledger?.anchorsOf(streamIdOf(caseId));
  const events = await readCase(store, caseId, anchors !== undefined && hasAnchors(anchors));
  if (events.length > 0 && !isWorkflowEventMetadata(events[0].metadata)) return auditChain(events, io, json, anchors);
  const report = auditHistory(registry, events, anchors);
  if (json) {
    io.out(JSON.stringify(report, null, 2));
    return report.valid ? 0 : 2;
  }
  const workflow = report.workflow ? `${report.workflow.name} v${report.workflow.version}` : 'unknown workflow';
  io.out(`Audit of ${streamIdOf(caseId)} under ${workflow}`);
  for (const step of report.steps) {
    const ok = step.legal && step.stateMatches && step.hashOk;
    io.out(
      `${ok ? 'OK  ' : 'FAIL'} #${step.revision} ${step.type}: ${step.stateBefore} → ${step.stateAfter}${step.problem ? `  (${step.problem})` : ''}`,
    );
  }
  io.out(report.chain.intact ? 'Hash chain intact.' : `Hash chain broken at revision ${report.chain.brokenAt}.${reasonOf(report.chain)}`);
  if (anchors === undefined) io.out(NO_LEDGER);
  io.out(report.valid ? 'Every step was legal and unaltered.' : 'The history does NOT verify.');
  return report.valid ? 0 : 2;
}

const NO_LEDGER = 'No anchor ledger in this data folder: events cut off at the end would not show.';

function hasAnchors(anchors: StreamAnchors): boolean {
  return anchors.points.length > 0 || anchors.ledgerProblem !== undefined;
}

function reasonOf(chain: ChainVerdict): string {
  return chain.reason === undefined ? '' : ` (${chain.reason})`;
}

/** The hash chain of a stream the engine did not write: the same links as a case's, without a workflow to replay. */
function auditChain(events: RecordedEvent[], io: CliIo, json: boolean, anchors: StreamAnchors | undefined): number {
  const streamId = events[0].streamId;
  const { links, ...chain } = verifyChain(events, anchors);
  const { intact, brokenAt } = chain;
  if (json) {
    io.out(JSON.stringify({ streamId, chain, links }, null, 2));
    return intact ? 0 : 2;
  }
  io.out(`Hash chain of ${streamId} (${events.length} events)`);
  for (const link of links) {
    io.out(`${link.hashOk ? 'OK  ' : 'FAIL'} #${link.revision} ${link.type}${link.problem ? `  (${link.problem})` : ''}`);
  }
  io.out(intact ? 'Hash chain intact: no event was altered or removed.' : `Hash chain broken at revision ${brokenAt}.${reasonOf(chain)}`);
  if (anchors === undefined) io.out(NO_LEDGER);
  return intact ? 0 : 2;
}
