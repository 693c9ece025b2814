import { prepared, type ReadModelDb } from '@satupintu/projections';
import { isTrackingCode, normalizeTrackingCode, ptspPresentations, type Text } from '@satupintu/ptsp';
import type { CaseKind } from '../shared/case-streams';
import { fromJson } from '../shared/json-column';
import type { StoredStep } from './tracking-projection';
import type { TrackingView } from './tracking-view';

interface TrackingRow {
  tracking_code: string;
  kind: string;
  service_code: string;
  service_name_id: string;
  service_name_en: string;
  state: string;
  received_at: string;
  updated_at: string;
  missing_documents: string;
  steps: string;
  documents: string | null;
}

/**
 * The public status of the case with this tracking code (as typed: case and spaces do not
 * matter), or null. A code that fails its check character is refused before any lookup. Should
 * two cases ever share a code, the newer one is shown: the receipt in hand is the latest one.
 */
export function getTracking(db: ReadModelDb, code: string): TrackingView | null {
  const trackingCode = normalizeTrackingCode(code);
  if (!isTrackingCode(trackingCode)) return null;
  const row = prepared<[string], TrackingRow>(
    db,
    `SELECT t.*, c.documents FROM tracking t LEFT JOIN tracking_checklists c ON c.checklist_key = t.checklist_key
     WHERE t.tracking_code = ? ORDER BY t.received_at DESC LIMIT 1`,
  ).get(trackingCode);
  if (row === undefined) return null;
  const labelOf = (state: string): Text => ptspPresentations[row.kind]?.stateLabels[state] ?? { id: state, en: state };
  const checklist = fromJson<{ code: string; name: Text }[]>(row.documents) ?? [];
  const missing = fromJson<string[]>(row.missing_documents) ?? [];
  return {
    trackingCode: row.tracking_code,
    kind: row.kind as CaseKind,
    serviceCode: row.service_code,
    serviceName: { id: row.service_name_id, en: row.service_name_en },
    state: row.state,
    stateLabel: labelOf(row.state),
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    missingDocuments: missing.map((code) => ({
      code,
      name: checklist.find((d) => d.code === code)?.name ?? { id: code, en: code },
    })),
    steps: (fromJson<StoredStep[]>(row.steps) ?? []).map((step) => ({ ...step, label: labelOf(step.state) })),
  };
}
