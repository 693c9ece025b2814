import { Inject, Injectable } from '@nestjs/common';
import { auditHistory, WorkflowEngine, type AuditReport } from '@satupintu/engine';
import type { EventStore } from '@satupintu/event-store';
import { isCaseId } from '../../cases/commands/case-id';
import { caseNotFound } from '../../cases/queries/case-not-found';
import { EVENT_STORE } from '../../core/tokens';
import { StreamAnchoring } from '../anchors/stream-anchoring.service';

/**
 * Replay verification of one case: the engine's auditHistory over its events as stored, compared
 * with what this node's anchor ledger saw of the stream (so events cut off at its end, or a
 * stream rewritten with recomputed hashes, are found too). The CLI's `audit <case> --json`
 * prints the same report for the same data folder (the API says the chain's reason in the
 * request's language, without the facts behind it: `chain.finding`).
 */
@Injectable()
export class CaseAudits {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly engine: WorkflowEngine,
    private readonly anchoring: StreamAnchoring,
  ) {}

  async of(id: string): Promise<AuditReport> {
    if (!isCaseId(id)) throw caseNotFound();
    const events = await this.store.readStream(id);
    const anchors = this.anchoring.anchorsOf(id);
    // A case with no events left is unknown, unless the ledger saw it: then every event is missing.
    if (events.length === 0 && anchors.points.length === 0 && anchors.ledgerProblem === undefined) {
      throw caseNotFound();
    }
    return auditHistory(this.engine.registry, events, anchors);
  }
}
