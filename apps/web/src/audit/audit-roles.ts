/** Who may replay a file and see its events as stored (the API's REPLAY_ROLES). */
export const REPLAY_ROLES = ['auditor', 'supervisor', 'admin'] as const;
/** Who may read and export the whole log (the API's LOG_ROLES). */
export const LOG_ROLES = ['auditor', 'admin'] as const;
