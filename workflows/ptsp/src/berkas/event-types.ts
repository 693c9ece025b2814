import type { BerkasCommand } from './vocabulary';

/** The stored (past-tense) event type of each command. */
export const eventTypes: Record<BerkasCommand, string> = {
  receive: 'FileReceived',
  verify_complete: 'FileVerified',
  return_incomplete: 'FileReturned',
  resubmit: 'FileResubmitted',
  expire: 'FileExpired',
  dispose: 'FileDisposed',
  redispose: 'FileRedisposed',
  submit_draft: 'DraftSubmitted',
  initial: 'DraftInitialled',
  send_back: 'DraftSentBack',
  sign: 'LetterSigned',
  assign_number: 'LetterNumbered',
  hand_over: 'FileHandedOver',
  withdraw: 'FileWithdrawn',
};
