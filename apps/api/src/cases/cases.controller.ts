import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { HistoryQuery } from '../audit/history/history-query';
import { StoredEventDto, TimelineEntryDto } from '../audit/history/history-dtos';
import { RawHistory } from '../audit/history/raw-history.service';
import { withDurations } from '../audit/history/timeline';
import { CurrentUser, Roles } from '../auth/decorators';
import type { RequestUser } from '../auth/request-user';
import { CaseReceipts } from './commands/case-receipts.service';
import { IDEMPOTENCY_HEADER, idempotencyKey } from './commands/idempotency';
import { CreateCaseDto } from './dto/create-case.dto';
import { CaseDetailDto, CasePageDto, CreatedCaseDto, HistoryEntryDto } from './dto/case-responses';
import { ListCasesQuery } from './dto/list-cases.query';
import { CaseQueries } from './queries/case-queries.service';

export const IDEMPOTENCY_DOC = {
  name: 'Idempotency-Key',
  required: false,
  description:
    'Send the same key when retrying: the first answer comes back and nothing is done twice',
};

@ApiTags('cases')
@ApiBearerAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly receipts: CaseReceipts,
    private readonly queries: CaseQueries,
    private readonly rawHistory: RawHistory,
  ) {}

  @Post()
  @Roles('front_office', 'registrar')
  @ApiHeader(IDEMPOTENCY_DOC)
  @ApiCreatedResponse({ type: CreatedCaseDto })
  @ApiBadRequestResponse({
    description: 'A field is wrong; unknown service or document codes are named',
  })
  create(
    @Body() body: CreateCaseDto,
    @CurrentUser() user: RequestUser,
    @Headers(IDEMPOTENCY_HEADER) key: string | undefined,
  ): Promise<CreatedCaseDto> {
    return this.receipts.receive(body, user, idempotencyKey(key));
  }

  @Get()
  @ApiOkResponse({ type: CasePageDto })
  list(@Query() query: ListCasesQuery, @CurrentUser() user: RequestUser): CasePageDto {
    return this.queries.list(query, user);
  }

  @Get(':id')
  @ApiOkResponse({ type: CaseDetailDto })
  @ApiNotFoundResponse()
  detail(@Param('id') id: string, @CurrentUser() user: RequestUser): Promise<CaseDetailDto> {
    return this.queries.detail(id, user);
  }

  @Get(':id/history')
  @ApiExtraModels(TimelineEntryDto, StoredEventDto)
  @ApiOkResponse({
    type: [HistoryEntryDto],
    description:
      'view=compact (default): HistoryEntryDto[]; view=timeline: TimelineEntryDto[] (the same plus sincePreviousMs, sinceStartMs); view=raw: StoredEventDto[] (auditor, supervisor, admin; 403 for others)',
  })
  @ApiNotFoundResponse()
  history(
    @Param('id') id: string,
    @Query() query: HistoryQuery,
    @CurrentUser() user: RequestUser,
  ): HistoryEntryDto[] | TimelineEntryDto[] | Promise<StoredEventDto[]> {
    if (query.view === 'raw') return this.rawHistory.of(id, user);
    const entries = this.queries.history(id, user);
    return query.view === 'timeline' ? withDurations(entries) : entries;
  }
}
