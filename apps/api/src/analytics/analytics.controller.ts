import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReadModelRunner } from '@satupintu/projections';
import { ikmReport, throughput } from '@satupintu/read-models';
import { Roles } from '../auth/decorators';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core/tokens';
import { requestedPeriod } from './analytics-period';
import { Bottlenecks } from './bottlenecks.service';
import {
  BottlenecksQuery,
  HeatmapQuery,
  InitialsQuery,
  ServiceFilterQuery,
  SlaListQuery,
  SlaQuery,
} from './dto/analytics-queries';
import {
  BottlenecksDto,
  HeatmapDto,
  IkmReportDto,
  InitialsDto,
  SlaDto,
  SlaPageDto,
  ThroughputDto,
} from './dto/analytics-responses';
import { Heatmap } from './heatmap.service';
import { OfficialWaits } from './official-waits.service';
import { SlaOverview } from './sla-overview.service';

/**
 * The supervisors' figures, from read models the projections keep (nothing is counted at request
 * time beyond an index range): for supervisors, auditors and admins; anyone else gets 403.
 */
@ApiTags('analytics')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'Only supervisors, auditors and admins' })
@Roles('supervisor', 'auditor', 'admin')
@Controller('analytics')
export class AnalyticsController {
  constructor(
    private readonly runner: ReadModelRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly bottlenecks: Bottlenecks,
    private readonly waits: OfficialWaits,
    private readonly sla: SlaOverview,
    private readonly heatmap: Heatmap,
  ) {}

  @Get('bottlenecks')
  @ApiOkResponse({
    type: BottlenecksDto,
    description:
      'Time in state: files in progress now; count, median, p90, max of the stays that ended in the period',
  })
  bottlenecksOf(@Query() query: BottlenecksQuery): BottlenecksDto {
    return this.bottlenecks.of(query);
  }

  @Get('initials')
  @ApiOkResponse({
    type: InitialsDto,
    description: 'Files waiting for initials and signature, per official, longest wait first',
  })
  initials(@Query() query: InitialsQuery): InitialsDto {
    return this.waits.of(query.files ?? 10);
  }

  @Get('sla')
  @ApiOkResponse({
    type: SlaDto,
    description:
      'SLA on working days per service; breached files and files due within two working days',
  })
  slaOf(@Query() query: SlaQuery): SlaDto {
    return this.sla.overview(query);
  }

  @Get('sla/breached')
  @ApiOkResponse({
    type: SlaPageDto,
    description: 'Breached files, most overdue first, a page at a time',
  })
  breached(@Query() query: SlaListQuery): SlaPageDto {
    return this.sla.list('breached', query);
  }

  @Get('sla/due-soon')
  @ApiOkResponse({
    type: SlaPageDto,
    description: 'Files due within two working days, soonest first, a page at a time',
  })
  dueSoon(@Query() query: SlaListQuery): SlaPageDto {
    return this.sla.list('due_soon', query);
  }

  @Get('throughput')
  @ApiOkResponse({
    type: ThroughputDto,
    description: 'Files received, completed, returned, expired and withdrawn per day and service',
  })
  throughputOf(@Query() query: ServiceFilterQuery): ThroughputDto {
    const period = requestedPeriod(query, this.config.clock());
    return {
      period,
      ...throughput(this.runner.db, {
        period,
        ...(query.serviceCode !== undefined ? { serviceCode: query.serviceCode } : {}),
      }),
    };
  }

  @Get('heatmap')
  @ApiOkResponse({
    type: HeatmapDto,
    description:
      'Each state of a workflow coloured by its median (or p90) time or files in progress',
  })
  heatmapOf(@Query() query: HeatmapQuery): HeatmapDto {
    return this.heatmap.of(query);
  }

  @Get('ikm')
  @ApiOkResponse({
    type: IkmReportDto,
    description:
      'The satisfaction index (IKM, PermenPANRB 14/2017) per service and overall, for surveys answered in the period',
  })
  ikm(@Query() query: ServiceFilterQuery): IkmReportDto {
    const period = requestedPeriod(query, this.config.clock());
    return {
      period,
      ...ikmReport(this.runner.db, {
        period,
        ...(query.serviceCode !== undefined ? { serviceCode: query.serviceCode } : {}),
      }),
    };
  }
}
