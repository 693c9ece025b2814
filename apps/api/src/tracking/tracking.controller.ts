import { Controller, Get, Inject, Param, Req } from '@nestjs/common';
import {
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public } from '../auth/decorators';
import { ApiException } from '../errors/api-error';
import { PublicStatusDto } from './public-status';
import { RateLimiter } from './rate-limiter';
import { TrackingService } from './tracking.service';
import { say } from '../i18n/message';

export const TRACKING_RATE_LIMITER = Symbol('TrackingRateLimiter');

/** The applicant's status page: no login, by the receipt's code, limited per address against guessing. */
@ApiTags('tracking')
@Controller('track')
export class TrackingController {
  constructor(
    private readonly tracking: TrackingService,
    @Inject(TRACKING_RATE_LIMITER) private readonly limiter: RateLimiter,
  ) {}

  @Public()
  @Get(':code')
  @ApiOkResponse({ type: PublicStatusDto })
  @ApiNotFoundResponse({ description: 'No file has this tracking code' })
  @ApiTooManyRequestsResponse({ description: 'Too many look-ups from this address' })
  track(@Param('code') code: string, @Req() request: FastifyRequest): PublicStatusDto {
    const decision = this.limiter.take(request.ip);
    if (!decision.allowed) {
      throw new ApiException(429, say('request.tooManyLookups'), undefined, {
        'retry-after': String(decision.retryAfterSeconds),
      });
    }
    const status = this.tracking.status(code);
    if (status === null) {
      throw new ApiException(404, say('tracking.notFound'));
    }
    return status;
  }
}
