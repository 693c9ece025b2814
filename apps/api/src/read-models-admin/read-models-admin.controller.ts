import { Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ActorResolver } from '../accounts/actor-resolver.service';
import { CurrentUser, Roles } from '../auth/decorators';
import type { RequestUser } from '../auth/request-user';
import { ReadModelsRebuildService } from './read-models-rebuild.service';
import { RebuildResultDto } from './rebuild.dto';

/** Maintenance of this node's read models (read-models.sqlite): for admins only. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/read-models')
export class ReadModelsAdminController {
  constructor(
    private readonly rebuilds: ReadModelsRebuildService,
    private readonly actors: ActorResolver,
  ) {}

  @Post('rebuild')
  @HttpCode(200)
  @Roles('admin')
  @ApiOperation({
    summary: 'Drop the read models and replay every event',
    description:
      'Answers once every projection has caught up again. Meanwhile lists and look-ups may show less than the log holds, and a write waits for the replay to reach it. The rebuild is recorded in the log (stream maintenance-read-models) with who asked. The event store and the anchor ledger are not touched.',
  })
  @ApiOkResponse({ type: RebuildResultDto })
  @ApiUnauthorizedResponse({ description: 'No valid token' })
  @ApiForbiddenResponse({ description: 'Not an admin' })
  @ApiConflictResponse({
    description: 'A rebuild is already running on this node (details: startedAt, startedBy)',
  })
  rebuild(@CurrentUser() user: RequestUser): Promise<RebuildResultDto> {
    return this.rebuilds.rebuild(this.actors.resolve(user));
  }
}
