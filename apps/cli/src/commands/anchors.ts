import type { AnchorLedger } from '@satupintu/anchors';
import { HeadAnchoring } from '@satupintu/anchors';
import type { EventStore } from '@satupintu/event-store';
import type { CliIo } from '../io';

/**
 * `anchors`: brings the data folder's anchor ledger up to the store (as the app does every half
 * second), walks every row of it, and prints its newest row's hash. Handing that hash to someone
 * outside the office (printed, mailed) is what proves later that neither the store nor the
 * ledger was rewritten behind everyone's back. Returns 0 when the ledger holds, 2 when not.
 */
export async function anchorAndVerify(store: EventStore, ledger: AnchorLedger, io: CliIo, json: boolean): Promise<number> {
  const warnings: string[] = [];
  const anchoring = new HeadAnchoring({ store, ledger, onWarning: (message) => warnings.push(message) });
  await anchoring.catchUp();
  await anchoring.stop();
  const verdict = ledger.verify();
  if (json) {
    io.out(JSON.stringify({ ...verdict, warnings }, null, 2));
    return verdict.intact ? 0 : 2;
  }
  for (const warning of warnings) io.out(`WARN ${warning}`);
  io.out(`Anchor ledger: ${verdict.rows} rows, up to position ${verdict.checkpoint.position} of the store.`);
  if (!verdict.intact) {
    io.out(`The ledger does NOT hold: row ${verdict.brokenAtRow}: ${verdict.problem}.`);
    return 2;
  }
  io.out(`Every row holds. Newest row's hash: ${verdict.headRowHash ?? '(none yet)'}`);
  return 0;
}
