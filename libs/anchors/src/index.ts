export {
  AnchorLedger,
  ANCHORS_FILE,
  type Divergence,
  type LedgerCheckpoint,
  type LedgerVerdict,
  type RecordOutcome,
} from './anchor-ledger';
export { anchorRowHash, type AnchorRow } from './anchor-row';
export { HeadAnchoring, type HeadAnchoringOptions } from './head-anchoring';
export { continuesHead, type StreamHead } from './stream-head';
