import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { RateLimiter } from './rate-limiter';
import { TRACKING_RATE_LIMITER, TrackingController } from './tracking.controller';
import { TrackingService } from './tracking.service';

/** A receipt's code shows where the file stands: 30 look-ups a minute per address, 20 at once. */
export const TRACKING_RATE_LIMIT = { burst: 20, perMinute: 30 };

@Module({
  imports: [CasesModule],
  controllers: [TrackingController],
  providers: [
    TrackingService,
    { provide: TRACKING_RATE_LIMITER, useFactory: () => new RateLimiter(TRACKING_RATE_LIMIT) },
  ],
})
export class TrackingModule {}
