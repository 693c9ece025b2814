import { Module } from '@nestjs/common';
import { ExportsController } from './exports.controller';

/** Downloads of the log: JSON lines, CSV, XES and OCEL 2.0. */
@Module({ controllers: [ExportsController] })
export class ExportsModule {}
