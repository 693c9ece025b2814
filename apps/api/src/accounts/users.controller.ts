import { Body, Controller, Get, Inject, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import {
  createUser,
  updateUser,
  type AccountsReadModels,
  type AdminContext,
  type UserView,
} from '@satupintu/read-models';
import { CurrentUser, Roles } from '../auth/decorators';
import type { RequestUser } from '../auth/request-user';
import { ACCOUNTS_READ_MODELS } from '../core/tokens';
import { ActorResolver } from './actor-resolver.service';
import { ADMIN_CONTEXT } from './admin-context.provider';
import { CreateUserDto, UpdateUserDto, UserDto } from './user.dto';

@ApiTags('accounts')
@ApiBearerAuth()
@Controller('users')
export class UsersController {
  constructor(
    @Inject(ACCOUNTS_READ_MODELS) private readonly readModels: AccountsReadModels,
    @Inject(ADMIN_CONTEXT) private readonly admin: AdminContext,
    private readonly actors: ActorResolver,
  ) {}

  @Get()
  @Roles('admin', 'supervisor')
  @ApiOkResponse({ type: [UserDto] })
  list(): UserView[] {
    return this.readModels.users.list();
  }

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'The username is taken' })
  create(@Body() body: CreateUserDto, @CurrentUser() user: RequestUser): Promise<UserView> {
    return createUser(this.admin, body, this.actors.resolve(user));
  }

  @Patch(':id')
  @Roles('admin')
  @ApiOkResponse({ type: UserDto })
  update(
    @Param('id') id: string,
    @Body() body: UpdateUserDto,
    @CurrentUser() user: RequestUser,
  ): Promise<UserView> {
    return updateUser(this.admin, id, body, this.actors.resolve(user));
  }
}
