import { loadWorkflow } from '../api/catalogue';
import type { CaseDetail, WorkflowDiagram } from '../api/types';
import { auditApi, type AuditReport, type TimelineEntry } from './audit-api';

export interface CaseAuditData {
  detail: CaseDetail;
  steps: TimelineEntry[];
  report: AuditReport;
  diagram: WorkflowDiagram;
}

/** Everything the audit of one file shows at first: its summary, steps, verdict and diagram. */
export async function loadCaseAudit(id: string): Promise<CaseAuditData> {
  const [detail, steps, report] = await Promise.all([
    auditApi.detail(id),
    auditApi.timeline(id),
    auditApi.audit(id),
  ]);
  const diagram = await loadWorkflow(detail.kind);
  return { detail, steps, report, diagram };
}

/**
 * The keys of a context whose values differ from the step before; none on the first step (it
 * sets them all, and marking every line would say nothing).
 */
export function changedKeys(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown>,
): Set<string> {
  if (before === undefined) return new Set();
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return new Set(
    [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key])),
  );
}
