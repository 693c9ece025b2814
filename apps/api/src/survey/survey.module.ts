import { Module } from '@nestjs/common';
import { RateLimiter } from '../tracking/rate-limiter';
import { SURVEY_RATE_LIMITER, SurveyController } from './survey.controller';
import { SurveyService } from './survey.service';
import { SurveyTokens } from './survey-tokens';

/** The applicants' satisfaction survey (SKM); the index (IKM) is GET /api/analytics/ikm. */
@Module({
  controllers: [SurveyController],
  providers: [
    SurveyService,
    SurveyTokens,
    {
      provide: SURVEY_RATE_LIMITER,
      useFactory: () => new RateLimiter({ burst: 20, perMinute: 30 }),
    },
  ],
})
export class SurveyModule {}
