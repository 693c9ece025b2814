import type { HistoryEntry } from '../api/types';

/** The steps taken since the user last looked (revision `seen`), oldest first. */
export function changesSince(history: readonly HistoryEntry[], seen: number): HistoryEntry[] {
  return history.filter((entry) => entry.revision > seen).sort((a, b) => a.revision - b.revision);
}

/** Who took a step, and for whom when they acted as Plh. */
export function actorOf(entry: HistoryEntry): { name: string; actingFor: string | undefined } {
  const name = entry.actor.name ?? entry.actor.id;
  const forWhom = entry.actor.actingFor
    ?.map((official) => official.position ?? official.name ?? official.id)
    .join(', ');
  return { name, actingFor: forWhom === '' ? undefined : forWhom };
}
