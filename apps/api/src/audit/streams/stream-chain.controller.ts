import { Controller, Get, Inject, Param } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { verifyChain } from '@satupintu/engine';
import type { EventStore } from '@satupintu/event-store';
import { Roles } from '../../auth/decorators';
import { EVENT_STORE } from '../../core/tokens';
import { ApiException } from '../../errors/api-error';
import { StreamAnchoring } from '../anchors/stream-anchoring.service';
import { LOG_ROLES } from '../audit-roles';
import { StreamChainDto } from './stream-chain.dto';
import { AnswerLanguage } from '../../i18n/answer-language';
import type { Language } from '../../i18n/language';
import { say } from '../../i18n/message';
import { verdictInWords } from '../chain-words';

/** Stream ids as the app names them: a prefix, a dash, a uuid or a year (and `$`-free: no system streams). */
const STREAM_ID = /^[a-z][a-z0-9-]{0,199}$/;

/**
 * The proof for streams that are not a case's workflow: an admin's decisions (accounts, roles,
 * delegations, holidays, the catalogue), survey answers, reminders and SMS outcomes. Read from
 * the store itself, link by link, and compared with this node's anchor ledger (events cut off
 * at the end, a stream rewritten). (A case has the fuller replay at /api/cases/:id/audit.)
 */
@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit/streams')
export class StreamChainController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly anchoring: StreamAnchoring,
  ) {}

  @Get(':streamId')
  @Roles(...LOG_ROLES)
  @ApiOkResponse({ type: StreamChainDto })
  @ApiBadRequestResponse({ description: 'Not a stream id of this app' })
  @ApiForbiddenResponse()
  @ApiNotFoundResponse({ description: 'No event in this stream (and none anchored)' })
  async chain(
    @Param('streamId') streamId: string,
    @AnswerLanguage() language: Language,
  ): Promise<StreamChainDto> {
    if (!STREAM_ID.test(streamId)) {
      throw ApiException.forFields([{ field: 'streamId', problem: say('field.streamId') }]);
    }
    const events = await this.store.readStream(streamId);
    const anchors = this.anchoring.anchorsOf(streamId);
    // Unknown, unless the ledger saw the stream: then every event is missing.
    if (events.length === 0 && anchors.points.length === 0 && anchors.ledgerProblem === undefined) {
      throw new ApiException(404, say('stream.empty', { stream: streamId }));
    }
    const { links, ...chain } = verifyChain(events, anchors);
    return { streamId, chain: verdictInWords(chain, language), links };
  }
}
