import { Controller, Get, Inject, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AccountsReadModels } from '@satupintu/read-models';
import { CurrentUser } from '../auth/decorators';
import type { RequestUser } from '../auth/request-user';
import { maySeeCases } from '../cases/access/case-visibility';
import { ACCOUNTS_READ_MODELS } from '../core/tokens';
import { CaseChangeHub } from './case-change-hub';
import { SseStream } from './sse-stream';

export const EVENTS_OPTIONS = Symbol('EventsOptions');

export interface EventsOptions {
  /** How often an idle stream gets a comment line. */
  keepAliveMs: number;
}

@ApiTags('cases')
@ApiBearerAuth()
@Controller('events')
export class EventsController {
  constructor(
    private readonly hub: CaseChangeHub,
    @Inject(ACCOUNTS_READ_MODELS) private readonly readModels: AccountsReadModels,
    @Inject(EVENTS_OPTIONS) private readonly options: EventsOptions,
  ) {}

  /**
   * Live updates: `event: case` with `{caseId, kind, revision, type, state, at, position}` per
   * change of a case the user may see, sent once the read models show it. The stream ends when
   * the account is deactivated or the server stops; the browser reconnects by itself.
   */
  @Get()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description: 'text/event-stream: `event: case` messages and keep-alive comments',
  })
  stream(@CurrentUser() user: RequestUser, @Res() reply: FastifyReply): void {
    reply.hijack();
    const stream = new SseStream(reply.raw, this.options.keepAliveMs);
    const unsubscribe = this.hub.subscribe({
      change: (change) => {
        if (!this.readModels.users.byId(user.id)?.active) return stream.end();
        if (maySeeCases(user)) stream.send('case', change, String(change.position));
      },
      end: () => stream.end(),
    });
    stream.onClose(unsubscribe);
  }
}
