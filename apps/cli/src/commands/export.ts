import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { EventStore } from '@satupintu/event-store';
import {
  exportLog,
  parsePeriod,
  PeriodError,
  type ExportFormat,
  type ExportProgress,
} from '@satupintu/exports';
import { CliError } from '../cli-error';
import type { CliIo } from '../io';
import { ExportProgressBar } from '../progress/export-progress';
import { EVENTS_FILE } from '../store/open-store';
import { storeHead } from '../store/store-head';

export interface ExportCommandOptions {
  format: ExportFormat;
  from?: string;
  to?: string;
  /** A file to write; stdout when absent. */
  out?: string;
  /** Where XES and OCEL regroup the log (a folder beside the store). */
  spoolDir: string;
  onProgress?: (progress: ExportProgress) => void;
}

/** Writes the chunks as the destination takes them (waits on 'drain'): the export never runs ahead of the disk or the pipe. */
async function writeAll(
  chunks: AsyncIterable<string>,
  destination: NodeJS.WritableStream,
): Promise<number> {
  let bytes = 0;
  let failure: Error | undefined;
  const onError = (error: Error) => (failure = error);
  destination.on('error', onError);
  try {
    for await (const chunk of chunks) {
      if (failure) throw failure;
      bytes += Buffer.byteLength(chunk);
      if (!destination.write(chunk)) {
        await Promise.race([once(destination, 'drain'), once(destination, 'error')]);
      }
    }
    if (failure) throw failure;
    return bytes;
  } finally {
    destination.off('error', onError);
  }
}

function periodOf(from?: string, to?: string) {
  try {
    return parsePeriod(from, to);
  } catch (error) {
    if (error instanceof PeriodError) throw new CliError(`--${error.field}: ${error.message}`);
    throw error;
  }
}

/**
 * `export --format xes|ocel|csv|jsonl [--from] [--to] [--out file]`: the log or a period of it,
 * streamed to a file or stdout. A file is written beside its name and renamed when complete, so
 * a file of that name is never a half-written export. Resolves with the bytes written.
 */
export async function exportCommand(
  store: EventStore,
  options: ExportCommandOptions,
  io: CliIo,
): Promise<number> {
  const period = periodOf(options.from, options.to);
  const log = exportLog(store, {
    format: options.format,
    period,
    spoolDir: options.spoolDir,
    onProgress: options.onProgress,
  });
  if (options.out === undefined) {
    return writeAll(log.chunks, io.output ?? process.stdout);
  }
  const partial = `${options.out}.part`;
  const file = createWriteStream(partial);
  try {
    await once(file, 'open');
  } catch (error) {
    throw new CliError(`Cannot write ${options.out}: ${(error as Error).message}`);
  }
  try {
    const bytes = await writeAll(log.chunks, file);
    file.end();
    await once(file, 'finish');
    renameSync(partial, options.out);
    return bytes;
  } catch (error) {
    file.destroy();
    rmSync(partial, { force: true });
    throw error;
  }
}

/** The options as `export` parses them. */
export interface ExportCliOptions {
  format: ExportFormat;
  from?: string;
  to?: string;
  out?: string;
  /** true: --progress, false: --no-progress, undefined: on a terminal, once a run takes a second. */
  progress?: boolean;
}

/** `export` on a data folder: the spool beside the store, and the progress bar on stderr when wanted. */
export async function exportWithProgress(
  store: EventStore,
  dataDir: string,
  options: ExportCliOptions,
  io: CliIo,
): Promise<void> {
  const stream = io.progress ?? process.stderr;
  const wanted = options.progress ?? Boolean((stream as NodeJS.WriteStream).isTTY);
  const bar = wanted
    ? new ExportProgressBar({
        stream,
        totalEvents: storeHead(join(dataDir, EVENTS_FILE)),
        delayMs: options.progress ? 0 : 1000,
      })
    : undefined;
  let bytes: number;
  try {
    bytes = await exportCommand(
      store,
      { ...options, spoolDir: join(dataDir, 'export-spool'), onProgress: (p) => bar?.update(p) },
      io,
    );
  } finally {
    bar?.stop();
  }
  if (options.out !== undefined)
    io.err(`Wrote ${options.out} (${options.format}, ${bytes} bytes).`);
}
