/** The export formats, with what a download of each is called and typed as. */
export const EXPORT_FORMATS = {
  xes: { contentType: 'application/xml; charset=utf-8', extension: 'xes' },
  ocel: { contentType: 'application/json; charset=utf-8', extension: 'jsonocel' },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  jsonl: { contentType: 'application/x-ndjson; charset=utf-8', extension: 'jsonl' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as ExportFormat[];

export function isExportFormat(value: string): value is ExportFormat {
  return Object.prototype.hasOwnProperty.call(EXPORT_FORMATS, value);
}
