import type { HistoryEntry, Service } from './types';

const isList = (value: unknown): value is unknown[] => Array.isArray(value);

/** The service as a file's first event copied it (a letter service of the catalogue version it was received with). */
function copiedService(history: readonly HistoryEntry[]): Service | undefined {
  const received = history.find((entry) => entry.type === 'FileReceived');
  const copy = received?.data.service as Partial<Service> | undefined;
  return typeof copy === 'object' &&
    copy !== null &&
    typeof copy.code === 'string' &&
    isList(copy.documents) &&
    isList(copy.initialsChain)
    ? (copy as Service)
    : undefined;
}

/**
 * The service a file is handled under: its own copy from receipt, so a file keeps its checklist
 * and chain after an admin publishes a new catalogue version (or retires the service); the
 * latest catalogue's only for a history without one.
 */
export function serviceOfFile(
  history: readonly HistoryEntry[],
  latest: readonly Service[],
  serviceCode: string,
): Service | undefined {
  return copiedService(history) ?? latest.find((s) => s.code === serviceCode);
}
