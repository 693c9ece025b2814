import { Injectable } from '@nestjs/common';
import { ReadModelRunner } from '@satupintu/projections';
import { getTracking, listCases } from '@satupintu/read-models';
import { SlaClock } from '../cases/queries/sla-clock.service';
import { presentPublicStatus, type PublicStatusDto } from './public-status';

/** The longest code anyone could mean (with spaces around): longer input is not looked up. */
const MAX_CODE_LENGTH = 40;

/** The public status of a file by its receipt's tracking code. */
@Injectable()
export class TrackingService {
  constructor(
    private readonly runner: ReadModelRunner,
    private readonly sla: SlaClock,
  ) {}

  /** Null for an unknown code, and for one that fails its check character (never looked up). */
  status(code: string): PublicStatusDto | null {
    if (code.length > MAX_CODE_LENGTH) return null;
    const view = getTracking(this.runner.db, code);
    if (view === null) return null;
    const summary = listCases(this.runner.db, { q: view.trackingCode, limit: 10 }).items.find(
      (item) => item.trackingCode === view.trackingCode,
    );
    if (!summary) return null;
    return presentPublicStatus(view, this.sla.of(summary).dueAt);
  }
}
