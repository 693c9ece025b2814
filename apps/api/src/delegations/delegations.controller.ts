import { Body, Controller, Delete, Get, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  grantDelegation,
  revokeDelegation,
  type AccountsReadModels,
  type AdminContext,
} from '@satupintu/read-models';
import { ActorResolver } from '../accounts/actor-resolver.service';
import { ADMIN_CONTEXT } from '../accounts/admin-context.provider';
import { DelegationDto, presentDelegation } from '../accounts/delegation.presenter';
import { CurrentUser, Roles } from '../auth/decorators';
import type { RequestUser } from '../auth/request-user';
import { ACCOUNTS_READ_MODELS } from '../core/tokens';
import { CreateDelegationDto, DelegationsQueryDto } from './delegation.dto';

/** Acting officials (Plh): every member of staff may see who acts for whom; only admins change it. */
@ApiTags('delegations')
@ApiBearerAuth()
@Controller('delegations')
export class DelegationsController {
  constructor(
    @Inject(ACCOUNTS_READ_MODELS) private readonly readModels: AccountsReadModels,
    @Inject(ADMIN_CONTEXT) private readonly admin: AdminContext,
    private readonly actors: ActorResolver,
  ) {}

  @Get()
  @ApiOkResponse({ type: [DelegationDto] })
  list(@Query() query: DelegationsQueryDto): DelegationDto[] {
    const inForceAt = query.inForceAt === undefined ? undefined : new Date(query.inForceAt);
    return this.readModels.delegations
      .list({ inForceAt })
      .map((d) => presentDelegation(d, this.readModels.users));
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: DelegationDto })
  async grant(
    @Body() body: CreateDelegationDto,
    @CurrentUser() user: RequestUser,
  ): Promise<DelegationDto> {
    const delegation = await grantDelegation(this.admin, body, this.actors.resolve(user));
    return presentDelegation(delegation, this.readModels.users);
  }

  @Delete(':id')
  @Roles('admin')
  @ApiOkResponse({ type: DelegationDto, description: 'The delegation, now revoked' })
  async revoke(@Param('id') id: string, @CurrentUser() user: RequestUser): Promise<DelegationDto> {
    const delegation = await revokeDelegation(this.admin, id, this.actors.resolve(user));
    return presentDelegation(delegation, this.readModels.users);
  }
}
