import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Public, Roles } from '../auth/decorators';
import { ApiException } from '../errors/api-error';
import { RateLimiter } from '../tracking/rate-limiter';
import { SurveyAnswerDto, SurveyFormDto, SurveyLinkDto } from './survey-dtos';
import { SurveyService } from './survey.service';
import { say } from '../i18n/message';

export const SURVEY_RATE_LIMITER = Symbol('SurveyRateLimiter');

/**
 * The satisfaction survey (SKM): the applicant opens the link on the receipt, without logging in,
 * and answers once, after the letter was handed over. Limited per address, like tracking.
 */
@ApiTags('survey')
@Controller('survey')
export class SurveyController {
  constructor(
    private readonly survey: SurveyService,
    @Inject(SURVEY_RATE_LIMITER) private readonly limiter: RateLimiter,
  ) {}

  @Get('links/:caseId')
  @ApiBearerAuth()
  @Roles('front_office', 'registrar', 'duty_officer', 'supervisor', 'admin')
  @ApiOkResponse({ type: SurveyLinkDto, description: "The survey link for a file's receipt" })
  @ApiNotFoundResponse()
  link(@Param('caseId') caseId: string): SurveyLinkDto {
    return this.survey.linkOf(caseId);
  }

  @Public()
  @Get(':token')
  @ApiOkResponse({ type: SurveyFormDto })
  @ApiNotFoundResponse({ description: 'Not a survey link of this office' })
  @ApiTooManyRequestsResponse()
  form(@Param('token') token: string, @Req() request: FastifyRequest): SurveyFormDto {
    this.limit(request);
    return this.survey.form(token);
  }

  @Public()
  @Post(':token')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Answered; thank you' })
  @ApiNotFoundResponse({ description: 'Not a survey link of this office' })
  @ApiConflictResponse({ description: 'Answered already (once per file)' })
  @ApiUnprocessableEntityResponse({ description: 'The letter has not been handed over yet' })
  @ApiTooManyRequestsResponse()
  async answer(
    @Param('token') token: string,
    @Body() body: SurveyAnswerDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    this.limit(request);
    await this.survey.answer(token, body);
  }

  private limit(request: FastifyRequest): void {
    const decision = this.limiter.take(request.ip);
    if (!decision.allowed) {
      throw new ApiException(429, say('request.tooMany'), undefined, {
        'retry-after': String(decision.retryAfterSeconds),
      });
    }
  }
}
