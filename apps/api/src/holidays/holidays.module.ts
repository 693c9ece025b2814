import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module';
import { HolidaysController } from './holidays.controller';

@Module({ imports: [AccountsModule], controllers: [HolidaysController] })
export class HolidaysModule {}
