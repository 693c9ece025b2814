import { Inject, Injectable } from '@nestjs/common';
import type { EventStore } from '@satupintu/event-store';
import type { RequestUser } from '../../auth/request-user';
import { EVENT_STORE } from '../../core/tokens';
import { ApiException } from '../../errors/api-error';
import { mayReplay, REPLAY_ROLES } from '../audit-roles';
import { readCaseStream } from '../case-stream';
import type { StoredEventDto } from './history-dtos';
import { say } from '../../i18n/message';

/** The raw view of a case's history: its events exactly as stored (for those who audit). */
@Injectable()
export class RawHistory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async of(id: string, user: RequestUser): Promise<StoredEventDto[]> {
    if (!mayReplay(user.roles)) {
      throw new ApiException(403, say('auth.rolesOnlyStoredEvents', { roles: REPLAY_ROLES }));
    }
    return readCaseStream(this.store, id);
  }
}
