import { Body, Controller, Get, Headers, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
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
  @ApiOkResponse({ type: [HistoryEntryDto] })
  @ApiNotFoundResponse()
  history(@Param('id') id: string, @CurrentUser() user: RequestUser): HistoryEntryDto[] {
    return this.queries.history(id, user);
  }
}
