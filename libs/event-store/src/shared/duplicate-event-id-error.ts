/**
 * Raised when an appended event reuses an id the store already holds. Ids are unique
 * store-wide (the SQLite schema enforces it); the append is refused as a whole.
 * Not part of the port: EventStoreDB treats a repeated id as an idempotent retry instead.
 */
export class DuplicateEventIdError extends Error {
  override readonly name = 'DuplicateEventIdError';
  constructor(readonly eventId: string) {
    super(`Event id ${eventId} is already recorded`);
  }
}
