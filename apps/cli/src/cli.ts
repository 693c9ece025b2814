import { Command, CommanderError, Option } from 'commander';
import { EXPORT_FORMAT_NAMES } from '@satupintu/exports';
import { CliError } from './cli-error';
import { processIo, type CliIo } from './io';
import { dataDirectory, openEventStore } from './store/open-store';
import { openLedgerToRead, openLedgerToWrite } from './store/open-ledger';
import { anchorAndVerify } from './commands/anchors';
import { exportWithProgress, type ExportCliOptions } from './commands/export';
import { printHistory } from './commands/history';
import { rebuildReadModels, type RebuildCliOptions } from './commands/rebuild';
import { auditCase } from './commands/audit';
import { seedDemo } from './commands/seed';
import { ptspRegistry } from './registry';

/**
 * The operators' command line. Returns the exit code instead of exiting, so tests can run it
 * in-process; main.ts is the thin shell around it.
 */
export async function runCli(argv: string[], io: CliIo = processIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('satupintu')
    .description('SatuPintu operators\' tool: read, verify and seed the embedded event store')
    .option('-d, --data <folder>', 'data folder of the embedded store (default: $SATUPINTU_DATA or ./data)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.out(s.trimEnd()), writeErr: (s) => io.err(s.trimEnd()) });

  const withStore = async <T>(create: boolean, use: (store: ReturnType<typeof openEventStore>) => Promise<T>) => {
    const store = openEventStore(dataDirectory(program.opts().data), { create });
    try {
      return await use(store);
    } finally {
      await store.close();
    }
  };

  program
    .command('history <caseId>')
    .description("print a case's history: who, when, from which state to which")
    .option('--json', 'machine-readable output')
    .action(async (caseId: string, options: { json?: boolean }) => {
      await withStore(false, (store) => printHistory(store, caseId, io, Boolean(options.json)));
    });

  program
    .command('audit <caseId>')
    .alias('replay')
    .description(
      "replay a case under its recorded workflow version and say whether every step was legal and unaltered; for another stream (account-…, calendar-2026, …) check its hash chain",
    )
    .option('--json', 'machine-readable output')
    .action(async (caseId: string, options: { json?: boolean }) => {
      exitCode = await withStore(false, async (store) => {
        const ledger = openLedgerToRead(dataDirectory(program.opts().data));
        try {
          return await auditCase(store, ptspRegistry(), caseId, io, Boolean(options.json), ledger);
        } finally {
          ledger?.close();
        }
      });
    });

  program
    .command('anchors')
    .description(
      "anchor the streams' newest events in the data folder's anchor ledger (as the app does), check every row of the ledger, and print its newest row's hash (to hand to someone outside)",
    )
    .option('--json', 'machine-readable output')
    .action(async (options: { json?: boolean }) => {
      exitCode = await withStore(false, async (store) => {
        const ledger = openLedgerToWrite(dataDirectory(program.opts().data));
        try {
          return await anchorAndVerify(store, ledger, io, Boolean(options.json));
        } finally {
          ledger.close();
        }
      });
    });

  program
    .command('export')
    .description('write the log, or a period of it, as XES, OCEL 2.0 JSON, CSV or JSON lines (streamed)')
    .addOption(
      new Option('-f, --format <format>', 'xes, ocel, csv or jsonl')
        .choices(EXPORT_FORMAT_NAMES)
        .makeOptionMandatory(),
    )
    .option('--from <when>', 'from this day (WITA) or time with its zone, inclusive')
    .option('--to <when>', 'up to this day (WITA, included) or time with its zone (exclusive)')
    .option('-o, --out <file>', 'write to this file (default: stdout)')
    .option('--progress', 'always show the progress bar (default: on a terminal, once a run takes a second)')
    .option('--no-progress', 'never show the progress bar')
    .action(async (options: ExportCliOptions) => {
      const dataDir = dataDirectory(program.opts().data);
      await withStore(false, (store) => exportWithProgress(store, dataDir, options, io));
    });

  program
    .command('rebuild')
    .description(
      "drop the read models (<data>/read-models.sqlite, created if missing) and replay every event into them. For a STOPPED server: a running server rebuilds its own through POST /api/admin/read-models/rebuild. The event store and the anchor ledger are not changed",
    )
    .option('--json', 'machine-readable output')
    .option('--progress', 'always show the progress bar (default: on a terminal, once a run takes a second)')
    .option('--no-progress', 'never show the progress bar')
    .action(async (options: RebuildCliOptions) => {
      const dataDir = dataDirectory(program.opts().data);
      await withStore(false, (store) => rebuildReadModels(store, dataDir, options, io));
    });

  program
    .command('seed')
    .description('add demo cases spread over every state (creates the store if needed; running it twice adds nothing)')
    .option('-n, --count <number>', 'how many files', (value) => {
      const count = Number(value);
      if (!Number.isInteger(count) || count < 1 || count > 100_000) {
        throw new CliError(`--count must be a whole number from 1 to 100000, not "${value}"`);
      }
      return count;
    }, 40)
    .action(async (options: { count: number }) => {
      await withStore(true, (store) => seedDemo(store, ptspRegistry(), options.count, io));
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (error instanceof CliError) {
      io.err(`error: ${error.message}`);
      return error.exitCode;
    }
    io.err(`error: ${(error as Error).stack ?? String(error)}`);
    return 1;
  }
}
