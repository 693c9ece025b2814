import { Module } from '@nestjs/common';
import { StreamAnchoring } from './anchors/stream-anchoring.service';
import { CaseAuditController } from './case-audit.controller';
import { RawHistory } from './history/raw-history.service';
import { AuditLogController } from './log/audit-log.controller';
import { CaseAudits } from './replay/case-audits.service';
import { CaseStates } from './state/case-state.service';
import { StreamChainController } from './streams/stream-chain.controller';

/**
 * For auditors: a case's state at any moment, its replay with proof, its events as stored, the
 * whole log, and any stream's hash chain, each stream's end checked against the anchor ledger.
 */
@Module({
  controllers: [CaseAuditController, AuditLogController, StreamChainController],
  providers: [CaseStates, CaseAudits, RawHistory, StreamAnchoring],
  exports: [RawHistory],
})
export class AuditModule {}
