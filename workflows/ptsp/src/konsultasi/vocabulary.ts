/** The states of a consultation, as the HTTP API and the stored events name them. */
export const KONSULTASI_STATES = ['start', 'asked', 'escalated', 'answered', 'closed'] as const;
export type KonsultasiState = (typeof KONSULTASI_STATES)[number];

export const KONSULTASI_COMMANDS = ['ask', 'answer', 'escalate', 'close'] as const;
export type KonsultasiCommand = (typeof KONSULTASI_COMMANDS)[number];
