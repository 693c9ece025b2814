import type { Text } from '@satupintu/ptsp';
import type { CaseKind } from '../shared/case-streams';

/** One state the case went through, as the public page lists them. */
export interface TrackingStep {
  state: string;
  label: Text;
  at: string;
}

/** What anyone holding the receipt may see: where the case stands, nothing about who. */
export interface TrackingView {
  trackingCode: string;
  kind: CaseKind;
  serviceCode: string;
  serviceName: Text;
  state: string;
  stateLabel: Text;
  receivedAt: string;
  updatedAt: string;
  /** What the applicant must bring, while the file is returned to them. */
  missingDocuments: { code: string; name: Text }[];
  steps: TrackingStep[];
}
