/** The embedded event store's file in the data folder. */
export const EVENTS_FILE = 'events.sqlite';
