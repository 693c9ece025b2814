import { Module } from '@nestjs/common';
import { CatalogueReadModel } from '@satupintu/read-models';
import { AccountsModule } from '../accounts/accounts.module';
import { CATALOGUE_CONTEXT, catalogueProviders } from './catalogue-context.provider';
import { ServicesController } from './services.controller';

/** The service catalogue's published versions: read by every desk, changed by admins. */
@Module({
  imports: [AccountsModule],
  controllers: [ServicesController],
  providers: catalogueProviders,
  exports: [CatalogueReadModel, CATALOGUE_CONTEXT],
})
export class CatalogueModule {}
