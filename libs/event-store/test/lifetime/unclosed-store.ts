/**
 * Child process of lifetime.spec.ts: appends once to a store it never closes, prints the
 * acknowledged position, and then has nothing left to do.
 *
 *     node -r @swc-node/register unclosed-store.ts <file>
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../../src/sqlite';

const [file] = process.argv.slice(2);
if (!file) throw new Error('usage: unclosed-store.ts <file>');
const store = new SqliteEventStore(file);
// Not awaited on purpose: only the pending append may keep the process alive until it is acknowledged.
void store.appendToStream('lifetime', [{ id: randomUUID(), type: 'Tested', data: {} }]).then((result) => {
  process.stdout.write(`${result.position}\n`);
});
