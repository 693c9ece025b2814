import { Module } from '@nestjs/common';
import { CaseAuditController } from './case-audit.controller';
import { RawHistory } from './history/raw-history.service';
import { AuditLogController } from './log/audit-log.controller';
import { CaseAudits } from './replay/case-audits.service';
import { CaseStates } from './state/case-state.service';

/** For auditors: a case's state at any moment, its replay with proof, its events as stored, and the whole log. */
@Module({
  controllers: [CaseAuditController, AuditLogController],
  providers: [CaseStates, CaseAudits, RawHistory],
  exports: [RawHistory],
})
export class AuditModule {}
