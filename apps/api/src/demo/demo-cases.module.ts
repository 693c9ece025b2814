import { Module } from '@nestjs/common';
import { DemoCasesSeeder } from './demo-cases.seeder';
import { DemoModule } from './demo.module';

/** Demo cases; imports DemoModule so that its accounts exist before these are seeded. */
@Module({ imports: [DemoModule], providers: [DemoCasesSeeder] })
export class DemoCasesModule {}
