import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AuditModule } from '../audit/audit.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { CaseActionsController } from './case-actions.controller';
import { CasesController } from './cases.controller';
import { CaseActions } from './commands/case-actions.service';
import { CaseReceipts } from './commands/case-receipts.service';
import { CommandMetrics } from './commands/command-metrics';
import { CaseQueries } from './queries/case-queries.service';
import { SlaClock } from './queries/sla-clock.service';
import { WaitingOnPeople } from './queries/waiting-on-people.service';

/** Receipt of files (with the catalogue's latest version), their actions, lists, pages and histories. */
@Module({
  imports: [AccountsModule, AuditModule, CatalogueModule],
  controllers: [CasesController, CaseActionsController],
  providers: [CaseReceipts, CaseActions, CaseQueries, CommandMetrics, SlaClock, WaitingOnPeople],
  exports: [SlaClock],
})
export class CasesModule {}
