import { Module } from '@nestjs/common';
import { AnalyticsController } from './analytics.controller';
import { Bottlenecks } from './bottlenecks.service';
import { Heatmap } from './heatmap.service';
import { OfficialWaits } from './official-waits.service';
import { SlaOverview } from './sla-overview.service';

/** The supervisors' analytics: bottlenecks, waits per official, SLA, throughput, heatmap, IKM. */
@Module({
  controllers: [AnalyticsController],
  providers: [Bottlenecks, OfficialWaits, SlaOverview, Heatmap],
})
export class AnalyticsModule {}
