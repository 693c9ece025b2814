import type { EventStore } from '@satupintu/event-store';
import { EXPORT_FORMATS, type ExportFormat } from './formats';
import type { LogEvent } from './log/log-event';
import type { Period } from './log/period';
import { readLog } from './log/read-log';
import { CASE_STREAM_PREFIXES, ocelFactsOf } from './ocel/ptsp-objects';
import type { OcelEvent } from './ocel/ocel-types';
import { ObjectSpool } from './spool/object-spool';
import { TraceSpool } from './spool/trace-spool';
import { inChunks } from './writers/chunks';
import { csvRows } from './writers/csv';
import { jsonLines } from './writers/jsonl';
import { ocelJson } from './writers/ocel';
import { xesLog, type XesTrace } from './writers/xes';

export type ExportPhase = 'reading' | 'writing';

/** How far an export is: `reading` counts events read from the store (and the last position), `writing` what is written after a regrouping. */
export interface ExportProgress {
  phase: ExportPhase;
  done: number;
  /** Known in the writing phase: how many traces or objects there are to write. */
  total?: number;
  position?: number;
}

export interface ExportOptions {
  format: ExportFormat;
  period?: Period;
  /** Events read from the store at a time. */
  pageSize?: number;
  /** Where the regrouping spool goes (default: the OS temporary folder). */
  spoolDir?: string;
  onProgress?: (progress: ExportProgress) => void;
}

export interface LogExport {
  format: ExportFormat;
  contentType: string;
  extension: string;
  /** The document in chunks of tens of kilobytes: pipe it to a file or a response, with backpressure. */
  chunks: AsyncIterable<string>;
}

function events(
  store: EventStore,
  options: ExportOptions,
  streamPrefixes?: readonly string[],
): AsyncGenerator<LogEvent> {
  return readLog(store, {
    period: options.period,
    streamPrefixes,
    pageSize: options.pageSize,
    onPage: ({ position, read }) =>
      options.onProgress?.({ phase: 'reading', done: read, position }),
  });
}

/** XES needs each case's events together: the log is regrouped through a spool on disk, then written trace by trace. */
async function* xesTraces(store: EventStore, options: ExportOptions): AsyncGenerator<XesTrace> {
  const spool = new TraceSpool(options.spoolDir);
  try {
    for await (const event of events(store, options, CASE_STREAM_PREFIXES)) spool.add(event);
    let written = 0;
    for await (const trace of spool.traces()) {
      const kind = trace.caseId.slice(0, trace.caseId.indexOf('-'));
      yield {
        caseId: trace.caseId,
        attributes: [{ type: 'string', key: 'kind', value: kind }],
        events: trace.events,
      };
      written += trace.events.length;
      options.onProgress?.({ phase: 'writing', done: written, total: spool.size });
    }
  } finally {
    spool.close();
  }
}

/** OCEL: events are written as they are read while their objects gather in a spool; the objects follow. */
async function* ocelDocument(store: EventStore, options: ExportOptions): AsyncGenerator<string> {
  const spool = new ObjectSpool(options.spoolDir);
  try {
    async function* ocelEvents(): AsyncGenerator<OcelEvent> {
      for await (const event of events(store, options)) {
        const facts = ocelFactsOf(event, spool);
        if (!facts) continue;
        for (const object of facts.objects) spool.record(object);
        yield facts.event;
      }
    }
    async function* objects() {
      let written = 0;
      for await (const object of spool.objects()) {
        yield object;
        written += 1;
        if (written % 1000 === 0) options.onProgress?.({ phase: 'writing', done: written });
      }
      options.onProgress?.({ phase: 'writing', done: written, total: written });
    }
    yield* ocelJson({ events: ocelEvents(), objects });
  } finally {
    spool.close();
  }
}

function documentOf(store: EventStore, options: ExportOptions): AsyncIterable<string> {
  switch (options.format) {
    case 'jsonl':
      return jsonLines(events(store, options));
    case 'csv':
      return csvRows(events(store, options));
    case 'xes':
      return xesLog(xesTraces(store, options));
    case 'ocel':
      return ocelDocument(store, options);
  }
}

/**
 * The whole log or a period of it in one of the export formats, streamed: read from the store a
 * page at a time and written as it goes (XES and OCEL regroup through a temporary file), so an
 * export of millions of events holds a page in memory, never the log. Nothing is read until the
 * chunks are consumed; stopping early (a client gone) closes and removes the temporary file.
 */
export function exportLog(store: EventStore, options: ExportOptions): LogExport {
  const { contentType, extension } = EXPORT_FORMATS[options.format];
  return {
    format: options.format,
    contentType,
    extension,
    chunks: inChunks(documentOf(store, options)),
  };
}
