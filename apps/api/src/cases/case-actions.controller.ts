import { Body, Controller, Headers, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { CurrentUser } from '../auth/decorators';
import type { RequestUser } from '../auth/request-user';
import { IDEMPOTENCY_DOC } from './cases.controller';
import { readActionRequest } from './commands/action-request';
import { CaseActions } from './commands/case-actions.service';
import { IDEMPOTENCY_HEADER, idempotencyKey } from './commands/idempotency';
import { ACTION_FORMS } from './dto/action-forms';
import { ActionResultDto } from './dto/case-responses';

const FORMS = Object.values(ACTION_FORMS);

@ApiTags('cases')
@ApiBearerAuth()
@ApiExtraModels(...FORMS)
@Controller('cases/:id/actions')
export class CaseActionsController {
  constructor(private readonly actions: CaseActions) {}

  @Post()
  @HttpCode(200)
  @ApiHeader(IDEMPOTENCY_DOC)
  @ApiBody({
    description: '`{type, expectedRevision, ...payload}`: the type picks the form',
    schema: { oneOf: FORMS.map((form) => ({ $ref: getSchemaPath(form) })) },
  })
  @ApiOkResponse({ type: ActionResultDto })
  @ApiBadRequestResponse({ description: 'Unknown action type or a wrong field (field by field)' })
  @ApiForbiddenResponse({ description: "The user's roles or post do not allow this action" })
  @ApiNotFoundResponse({ description: 'No such case' })
  @ApiConflictResponse({
    description: 'The case has moved on: details {expectedRevision, actualRevision}',
  })
  @ApiUnprocessableEntityResponse({
    description: 'Not possible in this state: details {state, allowedActions}',
  })
  async act(
    @Param('id') id: string,
    @Body() body: Record<string, unknown>,
    @CurrentUser() user: RequestUser,
    @Headers(IDEMPOTENCY_HEADER) key: string | undefined,
  ): Promise<ActionResultDto> {
    const action = await readActionRequest(body);
    return this.actions.act(id, action, user, idempotencyKey(key));
  }
}
