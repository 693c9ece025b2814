import { Controller, Get, Inject, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { EventStore } from '@satupintu/event-store';
import { pageLog } from '@satupintu/exports';
import { Roles } from '../../auth/decorators';
import { EVENT_STORE } from '../../core/tokens';
import { LOG_ROLES } from '../audit-roles';
import { listOf, periodOf } from '../period-query';
import { AuditLogQuery } from './audit-log.query';
import { LogPageDto } from './log-event.dto';

/** How much of the log one page may examine: keeps a narrow filter over a long log a bounded request. */
const MAX_EXAMINED_PER_PAGE = 5000;

/**
 * The whole log for auditors: every case's steps and every admin action (accounts, roles,
 * delegations, holidays), in the order the store committed them, filtered and paged.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditLogController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  @Get('log')
  @Roles(...LOG_ROLES)
  @ApiOkResponse({ type: LogPageDto })
  @ApiBadRequestResponse()
  @ApiForbiddenResponse()
  async log(@Query() query: AuditLogQuery): Promise<LogPageDto> {
    const page = await pageLog(this.store, {
      period: periodOf(query.from, query.to),
      streamPrefixes: listOf(query.stream),
      types: listOf(query.type),
      after: query.cursor === undefined ? 0 : Number(query.cursor),
      limit: query.limit ?? 100,
      maxExamined: MAX_EXAMINED_PER_PAGE,
    });
    return {
      items: page.items,
      nextCursor: page.nextAfter === null ? null : String(page.nextAfter),
    };
  }
}
