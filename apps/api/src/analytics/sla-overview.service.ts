import { Inject, Injectable } from '@nestjs/common';
import { ReadModelRunner } from '@satupintu/projections';
import {
  DUE_SOON_WORKING_DAYS,
  InvalidCursorError,
  dueSoonUntil,
  slaList,
  slaPerService,
  type SlaFile,
  type SlaList,
} from '@satupintu/read-models';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../core/tokens';
import { invalidCursor } from '../errors/invalid-cursor';
import { requestedPeriod } from './analytics-period';
import type { SlaListQuery, SlaQuery } from './dto/analytics-queries';
import type { SlaDto, SlaFileDto, SlaPageDto } from './dto/analytics-responses';
import { stateLabel } from './workflow-states';

/** The SLA on working days: per service, and the lists of breached files and files due soon. */
@Injectable()
export class SlaOverview {
  constructor(
    private readonly runner: ReadModelRunner,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  overview(query: SlaQuery): SlaDto {
    const now = this.config.clock();
    const period = requestedPeriod(query, now);
    const service = query.serviceCode !== undefined ? { serviceCode: query.serviceCode } : {};
    const services = slaPerService(this.runner.db, {
      nowMs: now.getTime(),
      period,
      ...service,
    }).map((s) => ({
      ...s,
      onTimeRate: s.completed === 0 ? null : (s.completed - s.completedLate) / s.completed,
    }));
    return {
      asOf: now.toISOString(),
      period,
      dueSoonWorkingDays: DUE_SOON_WORKING_DAYS,
      dueSoonUntil: new Date(dueSoonUntil(this.runner.db, now.getTime())).toISOString(),
      services,
      breached: this.list('breached', {
        ...service,
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
      }),
      dueSoon: this.list('due_soon', {
        ...service,
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
      }),
    };
  }

  list(list: SlaList, query: SlaListQuery): SlaPageDto {
    try {
      const page = slaList(this.runner.db, list, {
        nowMs: this.config.clock().getTime(),
        ...(query.serviceCode !== undefined ? { serviceCode: query.serviceCode } : {}),
        ...(query.limit !== undefined ? { limit: query.limit } : {}),
        cursor: query.cursor ?? null,
      });
      return { items: page.items.map((file) => present(list, file)), nextCursor: page.nextCursor };
    } catch (error) {
      if (error instanceof InvalidCursorError) {
        throw invalidCursor();
      }
      throw error;
    }
  }
}

function present(list: SlaList, file: SlaFile): SlaFileDto {
  return {
    caseId: file.caseId,
    agendaNumber: file.agendaNumber,
    serviceCode: file.serviceCode,
    state: file.state,
    stateLabel: stateLabel(file.state),
    subdivision: file.subdivision === '' ? null : file.subdivision,
    dueAt: new Date(file.dueMs).toISOString(),
    ...(list === 'breached'
      ? { overdueWorkingMs: file.workingMs }
      : { remainingWorkingMs: file.workingMs }),
  };
}
