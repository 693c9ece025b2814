import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiQuery,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Roles } from '../auth/decorators';
import { AnswerLanguage } from '../i18n/answer-language';
import type { Language } from '../i18n/language';
import { verdictInWords } from './chain-words';
import { REPLAY_ROLES } from './audit-roles';
import { AuditReportDto } from './replay/audit-report.dto';
import { CaseAudits } from './replay/case-audits.service';
import { CaseStateDto } from './state/case-state.dto';
import { CaseStates } from './state/case-state.service';

/** A case's proof: its state at any moment, and the replay of its whole history. */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('cases')
export class CaseAuditController {
  constructor(
    private readonly states: CaseStates,
    private readonly audits: CaseAudits,
  ) {}

  @Get(':id/state')
  @Roles(...REPLAY_ROLES)
  @ApiQuery({
    name: 'at',
    required: true,
    description:
      'A revision (0, 1, …), a time with its zone (2026-03-01T08:00:00+08:00), or a day (as it stood at its end, WITA)',
  })
  @ApiOkResponse({ type: CaseStateDto })
  @ApiBadRequestResponse({ description: '`at` is neither a revision of this case nor a time' })
  @ApiForbiddenResponse()
  @ApiNotFoundResponse()
  @ApiUnprocessableEntityResponse({
    description: 'The stored history cannot be replayed (see the audit)',
  })
  state(@Param('id') id: string, @Query('at') at: string | undefined): Promise<CaseStateDto> {
    return this.states.at(id, typeof at === 'string' ? at : undefined);
  }

  @Get(':id/audit')
  @Roles(...REPLAY_ROLES)
  @ApiOkResponse({ type: AuditReportDto })
  @ApiForbiddenResponse()
  @ApiNotFoundResponse()
  async audit(
    @Param('id') id: string,
    @AnswerLanguage() language: Language,
  ): Promise<AuditReportDto> {
    const report = await this.audits.of(id);
    return { ...report, chain: verdictInWords(report.chain, language) };
  }
}
