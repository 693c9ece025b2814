/** The states of a file (berkas), as the HTTP API and the stored events name them. */
export const BERKAS_STATES = [
  'start',
  'verification',
  'returned',
  'expired',
  'disposition',
  'processing',
  'initials',
  'signature',
  'numbering',
  'ready',
  'handed_over',
  'withdrawn',
] as const;
export type BerkasState = (typeof BERKAS_STATES)[number];

export const BERKAS_FINAL_STATES = ['expired', 'handed_over', 'withdrawn'] as const satisfies readonly BerkasState[];

/** The commands that move a file, as the HTTP API names them. */
export const BERKAS_COMMANDS = [
  'receive',
  'verify_complete',
  'return_incomplete',
  'resubmit',
  'expire',
  'dispose',
  'redispose',
  'submit_draft',
  'initial',
  'send_back',
  'sign',
  'assign_number',
  'hand_over',
  'withdraw',
] as const;
export type BerkasCommand = (typeof BERKAS_COMMANDS)[number];

/** The states a file may be withdrawn from: anything before the letter is signed. */
export const WITHDRAWABLE_STATES = [
  'verification',
  'returned',
  'disposition',
  'processing',
  'initials',
  'signature',
] as const satisfies readonly BerkasState[];
