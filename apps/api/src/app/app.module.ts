import { Module, type DynamicModule } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { AnalyticsModule } from '../analytics/analytics.module';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CasesModule } from '../cases/cases.module';
import { CatalogueModule } from '../catalogue/catalogue.module';
import type { AppConfig } from '../config/app-config';
import { CoreModule } from '../core/core.module';
import { DelegationsModule } from '../delegations/delegations.module';
import { DemoCasesModule } from '../demo/demo-cases.module';
import { DemoModule } from '../demo/demo.module';
import { EventsModule } from '../events/events.module';
import { ExpiryModule } from '../expiry/expiry.module';
import { ExportsModule } from '../exports/exports.module';
import { HealthModule } from '../health/health.module';
import { HolidaysModule } from '../holidays/holidays.module';
import { MetricsModule } from '../metrics/metrics.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ReadModelsAdminModule } from '../read-models-admin/read-models-admin.module';
import { SurveyModule } from '../survey/survey.module';
import { TrackingModule } from '../tracking/tracking.module';
import { WorkflowsModule } from '../workflows/workflows.module';

/** One module per feature; a new feature (cases, tracking, events) is added to `imports`. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config),
        MetricsModule,
        AuthModule,
        AccountsModule,
        DelegationsModule,
        HolidaysModule,
        HealthModule,
        DemoModule,
        CatalogueModule,
        CasesModule,
        TrackingModule,
        EventsModule,
        WorkflowsModule,
        AuditModule,
        ExportsModule,
        AnalyticsModule,
        NotificationsModule,
        ExpiryModule,
        SurveyModule,
        ReadModelsAdminModule,
        DemoCasesModule,
      ],
    };
  }
}
