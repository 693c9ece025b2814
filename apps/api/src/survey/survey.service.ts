import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { appendChained } from '@satupintu/engine';
import { isWrongExpectedRevision, type EventStore } from '@satupintu/event-store';
import { ReadModelRunner } from '@satupintu/projections';
import {
  getCase,
  listCases,
  SKM_ELEMENTS,
  SKM_SCORES,
  SURVEY_ANSWERED,
  surveyAnswered,
  surveyStream,
  type CaseSummary,
  type SurveyAnsweredData,
} from '@satupintu/read-models';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG, EVENT_STORE, READ_YOUR_WRITES, type ReadYourWrites } from '../core/tokens';
import { ApiException } from '../errors/api-error';
import type { SurveyAnswerDto, SurveyFormDto, SurveyLinkDto } from './survey-dtos';
import { SurveyTokens } from './survey-tokens';
import { say } from '../i18n/message';

/** The state after which the applicant may answer: the letter was handed over. */
const SURVEY_OPENS_IN = 'handed_over';

const notFound = () => new ApiException(404, say('survey.linkInvalid'));

/** The applicant's satisfaction survey (SKM), answered once per file through the receipt's link. */
@Injectable()
export class SurveyService {
  constructor(
    private readonly runner: ReadModelRunner,
    private readonly tokens: SurveyTokens,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(READ_YOUR_WRITES) private readonly readYourWrites: ReadYourWrites,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  form(token: string): SurveyFormDto {
    const file = this.fileOf(token);
    return {
      serviceCode: file.serviceCode,
      serviceName: file.serviceName,
      status: surveyAnswered(this.runner.db, file.id)
        ? 'answered'
        : file.state === SURVEY_OPENS_IN
          ? 'open'
          : 'not_yet',
      elements: SKM_ELEMENTS.map(({ code, label }) => ({ code, label })),
      scores: SKM_SCORES.map(({ score, label }) => ({ score, label })),
    };
  }

  async answer(token: string, answer: SurveyAnswerDto): Promise<void> {
    const file = this.fileOf(token);
    if (file.state !== SURVEY_OPENS_IN) {
      throw new ApiException(422, say('survey.notYetOpen'), {
        state: file.state,
      });
    }
    const data: SurveyAnsweredData = {
      caseId: file.id,
      serviceCode: file.serviceCode,
      scores: Object.fromEntries(SKM_ELEMENTS.map(({ code }) => [code, answer.scores[code]])),
      suggestion: answer.suggestion?.trim() || null,
    };
    try {
      const { position } = await appendChained(this.store, surveyStream(file.id), 'no_stream', [
        {
          id: randomUUID(),
          type: SURVEY_ANSWERED,
          data,
          // The applicant has no account: the answer is theirs by the link, and says nothing about who.
          metadata: {
            actor: { id: 'applicant', roles: [] },
            occurredAt: this.config.clock().toISOString(),
            commandId: randomUUID(),
          },
        },
      ]);
      await this.readYourWrites(position);
    } catch (error) {
      if (isWrongExpectedRevision(error))
        throw new ApiException(409, say('survey.alreadyAnswered'));
      throw error;
    }
  }

  /** The link printed on a file's receipt (staff). */
  linkOf(caseId: string): SurveyLinkDto {
    const file = getCase(this.runner.db, caseId);
    if (file === null || file.kind !== 'berkas' || file.trackingCode === null) {
      throw new ApiException(404, say('survey.noSuchFile'));
    }
    const token = this.tokens.tokenFor(file.trackingCode);
    return { caseId, token, path: `/survey/${token}` };
  }

  private fileOf(token: string): CaseSummary {
    const code = this.tokens.trackingCodeOf(token);
    if (code === undefined) throw notFound();
    const file = listCases(this.runner.db, { q: code, limit: 10 }).items.find(
      (item) => item.trackingCode === code,
    );
    if (file === undefined || file.kind !== 'berkas') throw notFound();
    return file;
  }
}
