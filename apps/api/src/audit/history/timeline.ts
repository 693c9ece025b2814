import type { HistoryEntryDto } from '../../cases/dto/case-responses';
import type { TimelineEntryDto } from './history-dtos';

/** The history with the time each step took since the one before, and since the first. */
export function withDurations(entries: HistoryEntryDto[]): TimelineEntryDto[] {
  const start = entries.length > 0 ? Date.parse(entries[0].at) : 0;
  return entries.map((entry, index) => {
    const at = Date.parse(entry.at);
    return {
      ...entry,
      sincePreviousMs: index === 0 ? null : at - Date.parse(entries[index - 1].at),
      sinceStartMs: at - start,
    };
  });
}
