import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AnchorLedger, ANCHORS_FILE } from '@satupintu/anchors';
import { CliError } from '../cli-error';

/** The data folder's anchor ledger, read-only (the app may be writing it), or undefined when there is none yet. */
export function openLedgerToRead(dataDir: string): AnchorLedger | undefined {
  const file = join(dataDir, ANCHORS_FILE);
  if (!existsSync(file)) return undefined;
  try {
    return AnchorLedger.openReadOnly(file);
  } catch (error) {
    throw new CliError(`Cannot open the anchor ledger at ${file}: ${(error as Error).message}`);
  }
}

/** The data folder's anchor ledger, to anchor what the store holds (created if missing). */
export function openLedgerToWrite(dataDir: string): AnchorLedger {
  const file = join(dataDir, ANCHORS_FILE);
  try {
    return AnchorLedger.open(file);
  } catch (error) {
    throw new CliError(`Cannot open the anchor ledger at ${file}: ${(error as Error).message}`);
  }
}
