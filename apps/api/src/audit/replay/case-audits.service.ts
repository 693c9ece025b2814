import { Inject, Injectable } from '@nestjs/common';
import { auditHistory, WorkflowEngine, type AuditReport } from '@satupintu/engine';
import type { EventStore } from '@satupintu/event-store';
import { EVENT_STORE } from '../../core/tokens';
import { readCaseStream } from '../case-stream';

/**
 * Replay verification of one case: the engine's auditHistory over its events as stored. The CLI's
 * `audit <case> --json` prints the same report for the same store.
 */
@Injectable()
export class CaseAudits {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly engine: WorkflowEngine,
  ) {}

  async of(id: string): Promise<AuditReport> {
    return auditHistory(this.engine.registry, await readCaseStream(this.store, id));
  }
}
