import type { AppendFailure, AppendOutcome, PendingAppend } from './append-batch.cjs';

/** Per append: streamId, expected revision, event count, then id, type, data, metadata per event. */
export type EncodedBatch = Array<string | number>;

export interface EncodedOutcomes {
  /** Per append: nextExpectedRevision, position (unset for a refused append). */
  results: Float64Array;
  failures: Array<{ index: number; failure: AppendFailure }>;
}

export declare function encodeBatch(batch: readonly PendingAppend[]): EncodedBatch;
export declare function decodeBatch(flat: EncodedBatch): PendingAppend[];
export declare function encodeOutcomes(outcomes: readonly AppendOutcome[]): EncodedOutcomes;
export declare function decodeOutcomes(encoded: EncodedOutcomes): AppendOutcome[];
