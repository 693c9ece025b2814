import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { ReadModelsAdminController } from './read-models-admin.controller';
import { ReadModelsRebuildService } from './read-models-rebuild.service';

/** The admin's maintenance of the read models: rebuild them from the log. */
@Module({
  imports: [AccountsModule],
  controllers: [ReadModelsAdminController],
  providers: [ReadModelsRebuildService],
})
export class ReadModelsAdminModule {}
