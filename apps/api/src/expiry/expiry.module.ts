import { Module } from '@nestjs/common';
import { ExpiryCheck } from './expiry-check';

/** The scheduled check that closes returned files not completed within 30 days. */
@Module({ providers: [ExpiryCheck], exports: [ExpiryCheck] })
export class ExpiryModule {}
