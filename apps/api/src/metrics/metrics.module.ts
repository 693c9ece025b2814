import { Global, Module } from '@nestjs/common';
import { ReadModelRunner } from '@satupintu/projections';
import { MetricsController } from './metrics.controller';
import { MetricsService } from './metrics.service';
import { registerProjectionMetrics } from './projection-metrics';

/**
 * Global, so any module can inject MetricsService and add its own metrics. The HTTP metrics hook
 * is added by createApp, before Nest registers its routes (see registerHttpMetrics).
 */
@Global()
@Module({
  controllers: [MetricsController],
  providers: [MetricsService],
  exports: [MetricsService],
})
export class MetricsModule {
  constructor(metrics: MetricsService, runner: ReadModelRunner) {
    registerProjectionMetrics(metrics, runner);
  }
}
