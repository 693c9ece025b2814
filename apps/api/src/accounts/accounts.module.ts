import { Module } from '@nestjs/common';
import { ActorResolver } from './actor-resolver.service';
import { adminContextProvider, ADMIN_CONTEXT } from './admin-context.provider';
import { MeController } from './me.controller';
import { UsersController } from './users.controller';

/** Staff accounts and the current user; exports ActorResolver for every module that issues commands. */
@Module({
  controllers: [UsersController, MeController],
  providers: [ActorResolver, adminContextProvider],
  exports: [ActorResolver, ADMIN_CONTEXT],
})
export class AccountsModule {}
