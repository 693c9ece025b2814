import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { EventStore } from '@satupintu/event-store';
import { EXPORT_FORMATS, exportLog } from '@satupintu/exports';
import { LOG_ROLES } from '../audit/audit-roles';
import { periodOf } from '../audit/period-query';
import { Roles } from '../auth/decorators';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, EVENT_STORE } from '../core/tokens';
import { exportFilename } from './export-filename';
import { ExportQuery } from './export.query';

/** Where XES and OCEL exports regroup the log: beside the store, on its disk (a tmpfs /tmp would put it back in memory). */
export const SPOOL_FOLDER = 'export-spool';

/**
 * The log, or a period of it, as a download for process-mining tools and archives. Streamed: read
 * from the store a page at a time and sent as it is written, the socket's pace holding the reading
 * back, so an export of millions of events never sits in memory.
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('exports')
export class ExportsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Roles(...LOG_ROLES)
  @ApiProduces(...Object.values(EXPORT_FORMATS).map((f) => f.contentType))
  @ApiOkResponse({
    description: 'The export as an attachment (Content-Disposition names the file)',
  })
  @ApiBadRequestResponse()
  @ApiForbiddenResponse()
  download(@Query() query: ExportQuery, @Res() reply: FastifyReply): void {
    const period = periodOf(query.from, query.to);
    const log = exportLog(this.store, {
      format: query.format,
      period,
      spoolDir: join(this.config.dataDir, SPOOL_FOLDER),
    });
    void reply
      .header('content-type', log.contentType)
      .header(
        'content-disposition',
        `attachment; filename="${exportFilename(log, query.from, query.to)}"`,
      )
      .header('cache-control', 'no-store')
      .header('x-content-type-options', 'nosniff')
      .send(Readable.from(log.chunks));
  }
}
