import { Inject, Injectable } from '@nestjs/common';
import { WorkflowEngine } from '@satupintu/engine';
import { ReadModelRunner } from '@satupintu/projections';
import {
  getCase,
  getTimeline,
  InvalidCursorError,
  listCases,
  messagesOfCase,
  type ActionableBy,
  type CaseSummary,
} from '@satupintu/read-models';
import { ActorResolver } from '../../accounts/actor-resolver.service';
import { withNotifications } from '../../notifications/case-notifications';
import type { RequestUser } from '../../auth/request-user';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../core/tokens';
import { invalidCursor } from '../../errors/invalid-cursor';
import { maySeeCases } from '../access/case-visibility';
import { isCaseId } from '../commands/case-id';
import { isActionType } from '../dto/action-forms';
import type { CaseDetailDto, CasePageDto, HistoryEntryDto } from '../dto/case-responses';
import type { ListCasesQuery } from '../dto/list-cases.query';
import { caseNotFound } from './case-not-found';
import { presentCase, presentHistoryEntry } from './case-presenter';
import { SlaClock } from './sla-clock.service';
import { WaitingOnPeople } from './waiting-on-people.service';

/** The case list, the case page and the history, from the read models (and the machine, for what one may do). */
@Injectable()
export class CaseQueries {
  constructor(
    private readonly runner: ReadModelRunner,
    private readonly engine: WorkflowEngine,
    private readonly actors: ActorResolver,
    private readonly sla: SlaClock,
    private readonly waitingOn: WaitingOnPeople,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(query: ListCasesQuery, user: RequestUser): CasePageDto {
    if (!maySeeCases(user)) return { items: [], nextCursor: null };
    const now = this.config.clock();
    try {
      const page = listCases(this.runner.db, {
        kind: query.kind,
        state: query.state,
        serviceCode: query.serviceCode,
        subdivision: query.subdivision,
        q: query.q,
        limit: query.limit,
        cursor: query.cursor ?? null,
        actionableBy: query.mine === 'true' ? this.queueOf(user, now) : undefined,
      });
      return {
        items: page.items.map((c) => presentCase(c, this.sla.of(c, now))),
        nextCursor: page.nextCursor,
      };
    } catch (error) {
      if (error instanceof InvalidCursorError) {
        throw invalidCursor();
      }
      throw error;
    }
  }

  async detail(id: string, user: RequestUser): Promise<CaseDetailDto> {
    const summary = this.visibleCase(id, user);
    const now = this.config.clock();
    const allowed = await this.engine.allowedCommands(id, this.actors.resolve(user, now));
    return {
      ...presentCase(summary, this.sla.of(summary, now)),
      allowedActions: allowed.filter(isActionType),
      waitingOn: this.waitingOn.resolve(summary.waitingOn, now),
    };
  }

  history(id: string, user: RequestUser): HistoryEntryDto[] {
    this.visibleCase(id, user);
    const entries = getTimeline(this.runner.db, id).map(presentHistoryEntry);
    return withNotifications(entries, messagesOfCase(this.runner.db, id));
  }

  private visibleCase(id: string, user: RequestUser): CaseSummary {
    const summary = isCaseId(id) && maySeeCases(user) ? getCase(this.runner.db, id) : null;
    if (!summary) throw caseNotFound();
    return summary;
  }

  /** My queue: my roles, post and unit, and the posts of those I act for (Plh) now. */
  private queueOf(user: RequestUser, now: Date): ActionableBy {
    const actor = this.actors.resolve(user, now);
    return {
      roles: actor.roles,
      ...(actor.position !== undefined ? { position: actor.position } : {}),
      ...(actor.unit !== undefined ? { unit: actor.unit } : {}),
      actingForPositions: (actor.actingFor ?? []).flatMap((p) =>
        p.position !== undefined ? [p.position] : [],
      ),
    };
  }
}
