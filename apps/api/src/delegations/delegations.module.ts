import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { DelegationsController } from './delegations.controller';

@Module({ imports: [AccountsModule], controllers: [DelegationsController] })
export class DelegationsModule {}
