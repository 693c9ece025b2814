import { createHash, randomUUID } from 'node:crypto';
import type { EventStore, NewEvent } from '@satupintu/event-store';

const STEPS: Array<[type: string, from: string, to: string, role: string]> = [
  ['FileReceived', 'start', 'verification', 'front_office'],
  ['FileVerified', 'verification', 'disposition', 'verifier'],
  ['FileDisposed', 'disposition', 'processing', 'dispatcher'],
  ['DraftSubmitted', 'processing', 'initials', 'processor'],
  ['DraftInitialled', 'initials', 'initials', 'initialer'],
  ['DraftInitialled', 'initials', 'signature', 'initialer'],
  ['LetterSigned', 'signature', 'numbering', 'signer'],
  ['LetterNumbered', 'numbering', 'ready', 'numberer'],
  ['FileHandedOver', 'ready', 'handed_over', 'duty_officer'],
  ['FileWithdrawn', 'handed_over', 'withdrawn', 'front_office'],
];

/**
 * A large log written fast, straight into a store (no engine): `cases` files of ten steps each,
 * with the metadata and data sizes of real ones. For volume tests of the exports only: the
 * histories are not meant to replay.
 */
export async function writeLargeLog(store: EventStore, cases: number): Promise<number> {
  const start = Date.parse('2026-01-05T01:00:00.000Z');
  const wave = 500;
  let written = 0;
  for (let first = 0; first < cases; first += wave) {
    const appends: Array<Promise<unknown>> = [];
    for (let n = first; n < Math.min(cases, first + wave); n++) {
      let prevHash: string | null = null;
      const events: NewEvent[] = STEPS.map(([type, stateBefore, stateAfter, role], revision) => {
        const hash = createHash('sha256').update(`${n}/${revision}`).digest('hex');
        const event: NewEvent = {
          id: randomUUID(),
          type,
          data: {
            note: `Langkah ${revision} berkas nomor ${n}`,
            agendaNumber: `AG-2026-${String(n).padStart(6, '0')}`,
            ...(type === 'LetterNumbered'
              ? { letterNumber: `800/${String(n).padStart(5, '0')}/BKD/2026` }
              : {}),
            submittedDocuments: ['SK_CPNS', 'SK_PANGKAT_TERAKHIR', 'SKP_1_TAHUN'],
          },
          metadata: {
            eventId: randomUUID(),
            commandId: randomUUID(),
            correlationId: randomUUID(),
            causationId: randomUUID(),
            actor: { id: `u-${role}-${n % 50}`, name: `Pegawai ${role} ${n % 50}`, roles: [role] },
            workflow: { name: 'berkas', version: 1 },
            stateBefore,
            stateAfter,
            occurredAt: new Date(start + n * 60_000 + revision * 3_600_000).toISOString(),
            prevHash,
            hash,
          },
        };
        prevHash = hash;
        return event;
      });
      appends.push(
        store.appendToStream(
          `berkas-${String(n).padStart(8, '0')}-0000-4000-8000-000000000000`,
          events,
          { expectedRevision: 'no_stream' },
        ),
      );
      written += events.length;
    }
    await Promise.all(appends);
  }
  return written;
}
