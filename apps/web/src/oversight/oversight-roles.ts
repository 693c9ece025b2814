/** Who may see the supervisors' figures (the API answers 403 to anyone else). */
export const ANALYTICS_ROLES = ['supervisor', 'auditor', 'admin'] as const;
