import { SUBDIVISIONS } from '@satupintu/ptsp/organisation';
import type { Text } from '@satupintu/ptsp/text';
import type { HistoryEntry, Service } from '../api/types';

/** One line of what a step carried: its label (a catalogue key) and the value. */
export type StepDetail =
  | {
      key: 'note' | 'reason' | 'summary' | 'agendaNumber' | 'letterNumber' | 'recipient';
      value: string;
    }
  | { key: 'subdivision'; value: Text }
  | { key: 'missingDocuments' | 'submittedDocuments'; value: Text[] };

const subdivisionName = (code: string): Text =>
  SUBDIVISIONS.find((unit) => unit.code === code)?.name ?? { id: code, en: code };

const text = (data: Record<string, unknown>, name: string): string | undefined =>
  typeof data[name] === 'string' && data[name] !== '' ? (data[name] as string) : undefined;

const codes = (data: Record<string, unknown>, name: string): string[] | undefined =>
  Array.isArray(data[name])
    ? (data[name] as unknown[]).filter((c): c is string => typeof c === 'string')
    : undefined;

/** The parts of a step worth showing in the timeline, named for people (documents, units). */
export function stepDetails(entry: HistoryEntry, service: Service | undefined): StepDetail[] {
  const data = entry.data;
  const documentName = (code: string): Text =>
    service?.documents.find((d) => d.code === code)?.name ?? { id: code, en: code };
  const details: StepDetail[] = [];
  const agenda = text(data, 'agendaNumber');
  if (agenda !== undefined) details.push({ key: 'agendaNumber', value: agenda });
  const subdivision = text(data, 'subdivision');
  if (subdivision !== undefined)
    details.push({ key: 'subdivision', value: subdivisionName(subdivision) });
  for (const key of ['summary', 'reason', 'note', 'letterNumber'] as const) {
    const value = text(data, key);
    if (value !== undefined) details.push({ key, value });
  }
  const missing = codes(data, 'missingDocuments');
  if (missing !== undefined && missing.length > 0)
    details.push({ key: 'missingDocuments', value: missing.map(documentName) });
  const submitted =
    entry.type === 'FileResubmitted' ? codes(data, 'submittedDocuments') : undefined;
  if (submitted !== undefined)
    details.push({ key: 'submittedDocuments', value: submitted.map(documentName) });
  const recipient = text(data, 'recipientName');
  if (recipient !== undefined) details.push({ key: 'recipient', value: recipient });
  return details;
}
