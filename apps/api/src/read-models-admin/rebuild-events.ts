/**
 * A rebuild of the read models is an admin action like any other: recorded in the log, in a
 * hash-chained stream of its own, so auditors see who rebuilt and when (GET /api/audit/log,
 * GET /api/audit/streams/maintenance-read-models). No projection reads these events: a rebuild
 * changes no fact, only how the facts are shown.
 */
export const READ_MODELS_MAINTENANCE_STREAM = 'maintenance-read-models';

export const ReadModelsEventType = {
  /** Before the tables are dropped: a rebuild that never finished still shows who began it. */
  RebuildStarted: 'ReadModelsRebuildStarted',
  /** `{checkpoint, tookMs}` once every projection is caught up again. */
  Rebuilt: 'ReadModelsRebuilt',
  /** `{reason}` when the replay failed (the runner goes on retrying from where it stopped). */
  RebuildFailed: 'ReadModelsRebuildFailed',
} as const;
