import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { TextDto } from '../../cases/dto/case-responses';

/** Swagger shapes of the supervisors' analytics (issue 5). Times are ISO-8601 UTC; durations in ms. */
export class PeriodDto {
  @ApiProperty({ example: '2026-03-01', description: 'First WITA day' }) from!: string;
  @ApiProperty({ example: '2026-03-31', description: 'Last WITA day, included' }) to!: string;
}

export class DurationStatsDto {
  @ApiProperty({ description: 'Stays in the state that ended in the period' }) count!: number;
  @ApiProperty({ description: 'Nearest-rank median (of an even count, the lower middle)' })
  medianMs!: number;
  @ApiProperty({ description: 'Nearest-rank 90th percentile' }) p90Ms!: number;
  @ApiProperty() maxMs!: number;
  @ApiProperty() meanMs!: number;
}

export class WipDto {
  @ApiProperty({ description: 'Files in the state now' }) count!: number;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'Since when the longest-waiting of them is there',
  })
  oldestSince!: string | null;
}

export class BottleneckRowDto {
  @ApiProperty({ example: 'initials' }) state!: string;
  @ApiProperty({ type: TextDto }) stateLabel!: TextDto;
  @ApiPropertyOptional({ description: 'With groupBy=service' }) serviceCode?: string;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'With groupBy=subdivision; null before the file is routed',
  })
  subdivision?: string | null;
  @ApiProperty({ type: WipDto }) wip!: WipDto;
  @ApiProperty({
    type: DurationStatsDto,
    nullable: true,
    description: 'Null when no stay in this state ended in the period',
  })
  finished!: DurationStatsDto | null;
}

export class BottlenecksDto {
  @ApiProperty({ type: PeriodDto }) period!: PeriodDto;
  @ApiProperty({ type: [String], example: ['service'] }) groupBy!: string[];
  @ApiProperty({
    enum: ['exact', 'approximate'],
    description:
      'exact up to 20,000 stays in the period; beyond, medians and p90s come from histograms (see precision)',
  })
  quantiles!: 'exact' | 'approximate';
  @ApiProperty({
    description: 'Largest relative error of a median or p90 (0 when exact)',
    example: 0,
  })
  precision!: number;
  @ApiProperty({ type: [BottleneckRowDto] }) rows!: BottleneckRowDto[];
}

// Named apart from the accounts' PersonDto: one schema name per shape in the OpenAPI document.
@ApiSchema({ name: 'AnalyticsPersonDto' })
export class PersonDto {
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
}

export class ActingDelegationDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: 'The official who is away' }) forUserId!: string;
  @ApiProperty({ type: PersonDto, description: 'Who acts for them (Plh)' }) acting!: PersonDto;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
}

export class WaitingFileDto {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: String, nullable: true }) agendaNumber!: string | null;
  @ApiProperty() serviceCode!: string;
  @ApiProperty({ enum: ['initials', 'signature'] }) state!: string;
  @ApiProperty({ format: 'date-time', description: 'Since when it waits on this official' })
  since!: string;
  @ApiProperty() waitingMs!: number;
}

export class OfficialWaitsDto {
  @ApiProperty({
    example: 'Kasubbid Kepangkatan',
    description: 'The post whose initials or signature files wait for',
  })
  post!: string;
  @ApiProperty({
    type: [PersonDto],
    description: 'The active accounts holding the post (empty: vacant)',
  })
  officials!: PersonDto[];
  @ApiProperty() count!: number;
  @ApiProperty({ format: 'date-time' }) oldestSince!: string;
  @ApiProperty() longestWaitMs!: number;
  @ApiProperty({
    type: ActingDelegationDto,
    nullable: true,
    description: 'A delegation (Plh) in force now for an official of the post',
  })
  delegation!: ActingDelegationDto | null;
  @ApiProperty({ type: [WaitingFileDto], description: 'The longest-waiting files, oldest first' })
  files!: WaitingFileDto[];
}

export class InitialsDto {
  @ApiProperty({ format: 'date-time' }) asOf!: string;
  @ApiProperty({ type: [OfficialWaitsDto], description: 'Longest wait first' })
  officials!: OfficialWaitsDto[];
}

export class ServiceSlaDto {
  @ApiProperty() serviceCode!: string;
  @ApiProperty({ description: 'Clocks running now (the office has the file)' }) running!: number;
  @ApiProperty({ description: 'Files returned to the applicant: their clocks are paused' })
  paused!: number;
  @ApiProperty({ description: 'Running clocks past their due date' }) breached!: number;
  @ApiProperty({ description: 'Running clocks due within two working days' }) dueSoon!: number;
  @ApiProperty({ description: 'Files whose work was completed in the period' }) completed!: number;
  @ApiProperty({ description: '…of which late' }) completedLate!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'completed on time / completed; null when none',
  })
  onTimeRate!: number | null;
}

export class SlaFileDto {
  @ApiProperty() caseId!: string;
  @ApiProperty({ type: String, nullable: true }) agendaNumber!: string | null;
  @ApiProperty() serviceCode!: string;
  @ApiProperty() state!: string;
  @ApiProperty({ type: TextDto }) stateLabel!: TextDto;
  @ApiProperty({ type: String, nullable: true }) subdivision!: string | null;
  @ApiProperty({ format: 'date-time' }) dueAt!: string;
  @ApiPropertyOptional({ description: 'Breached: working time past the due date' })
  overdueWorkingMs?: number;
  @ApiPropertyOptional({ description: 'Due soon: working time left' }) remainingWorkingMs?: number;
}

export class SlaPageDto {
  @ApiProperty({ type: [SlaFileDto] }) items!: SlaFileDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}

// Named apart from the case's SlaDto, which the same name would overwrite in the document.
@ApiSchema({ name: 'SlaOverviewDto' })
export class SlaDto {
  @ApiProperty({ format: 'date-time' }) asOf!: string;
  @ApiProperty({ type: PeriodDto, description: 'For the completions' }) period!: PeriodDto;
  @ApiProperty({ example: 2 }) dueSoonWorkingDays!: number;
  @ApiProperty({ format: 'date-time', description: 'Files due by then are due soon' })
  dueSoonUntil!: string;
  @ApiProperty({ type: [ServiceSlaDto] }) services!: ServiceSlaDto[];
  @ApiProperty({
    type: SlaPageDto,
    description: 'Most overdue first; more with GET /api/analytics/sla/breached',
  })
  breached!: SlaPageDto;
  @ApiProperty({
    type: SlaPageDto,
    description: 'Soonest first; more with GET /api/analytics/sla/due-soon',
  })
  dueSoon!: SlaPageDto;
}

export class FlowCountsDto {
  @ApiProperty() received!: number;
  @ApiProperty({
    description: "The office's work done: ready for pickup (a consultation: answered)",
  })
  completed!: number;
  @ApiProperty({ description: '…of which after the SLA due date' }) completedLate!: number;
  @ApiProperty() returned!: number;
  @ApiProperty() expired!: number;
  @ApiProperty() withdrawn!: number;
}

export class ThroughputDayDto extends FlowCountsDto {
  @ApiProperty({ example: '2026-03-02' }) date!: string;
}

export class ThroughputServiceDto extends FlowCountsDto {
  @ApiProperty() serviceCode!: string;
}

export class ThroughputRowDto extends FlowCountsDto {
  @ApiProperty({ example: '2026-03-02' }) date!: string;
  @ApiProperty() serviceCode!: string;
}

export class ThroughputDto {
  @ApiProperty({ type: PeriodDto }) period!: PeriodDto;
  @ApiProperty({ type: [ThroughputDayDto], description: 'Every day of the period, zeros included' })
  days!: ThroughputDayDto[];
  @ApiProperty({ type: [ThroughputServiceDto], description: "The period's totals per service" })
  services!: ThroughputServiceDto[];
  @ApiProperty({
    type: [ThroughputRowDto],
    description: 'Per day and service, days with something to count',
  })
  rows!: ThroughputRowDto[];
}

export class HeatmapStateDto {
  @ApiProperty() state!: string;
  @ApiProperty({ type: TextDto }) label!: TextDto;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Hours (median, p90) or files (wip); null: nothing to show',
  })
  value!: number | null;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'How many thresholds the value reaches (0: below all); null without a value',
  })
  level!: number | null;
}

export class HeatmapDto {
  @ApiProperty({ enum: ['berkas', 'konsultasi'] }) workflow!: string;
  @ApiProperty({ enum: ['median', 'p90', 'wip'] }) metric!: string;
  @ApiProperty({ enum: ['hours', 'files'] }) unit!: string;
  @ApiProperty({ type: PeriodDto }) period!: PeriodDto;
  @ApiProperty({ type: [Number] }) thresholds!: number[];
  @ApiProperty({ enum: ['exact', 'approximate'] }) quantiles!: string;
  @ApiProperty({
    type: [HeatmapStateDto],
    description: "Every state of the workflow, in the workflow's order",
  })
  states!: HeatmapStateDto[];
  @ApiProperty({
    example: '/api/workflows/berkas',
    description: 'Where the diagram (states and transitions) is',
  })
  diagram!: string;
}

export class IkmElementDto {
  @ApiProperty({ example: 'requirements' }) code!: string;
  @ApiProperty({ type: TextDto }) label!: TextDto;
  @ApiProperty({ description: 'Average score (NRR), 1–4, to 2 decimals' }) average!: number;
}

export class IkmDto {
  @ApiProperty() respondents!: number;
  @ApiProperty({ type: [IkmElementDto] }) elements!: IkmElementDto[];
  @ApiProperty({ description: '25–100, to 2 decimals' }) index!: number;
  @ApiProperty({ enum: ['A', 'B', 'C', 'D'] }) grade!: string;
  @ApiProperty({ type: TextDto }) gradeLabel!: TextDto;
}

export class ServiceIkmDto extends IkmDto {
  @ApiProperty() serviceCode!: string;
}

export class IkmReportDto {
  @ApiProperty({ type: PeriodDto }) period!: PeriodDto;
  @ApiProperty({
    type: IkmDto,
    nullable: true,
    description: 'All services; null when nobody answered',
  })
  overall!: IkmDto | null;
  @ApiProperty({ type: [ServiceIkmDto] }) services!: ServiceIkmDto[];
}
