/** Injection tokens for what has no class to inject by. */
export const APP_CONFIG = Symbol('AppConfig');
/** The EventStore port (SQLite in the data folder). */
export const EVENT_STORE = Symbol('EventStore');
/** AccountsReadModels over the runner's connection. */
export const ACCOUNTS_READ_MODELS = Symbol('AccountsReadModels');
/** A ReadYourWrites function: resolves once the read models include a position. */
export const READ_YOUR_WRITES = Symbol('ReadYourWrites');

/**
 * Waits until the read models include the event at `position` (what an append or
 * engine.handle returned), so the answer to a write shows that write.
 */
export type ReadYourWrites = (position: number) => Promise<void>;
