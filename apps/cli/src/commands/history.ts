import type { EventStore, JsonObject } from '@satupintu/event-store';
import type { CliIo } from '../io';
import { readCase } from './load-case';

interface ActorJson {
  id: string;
  name?: string;
  actingFor?: Array<{ id: string; name?: string; position?: string }>;
}

function who(actor: ActorJson): string {
  const name = actor.name ? `${actor.name} (${actor.id})` : actor.id;
  const acting = actor.actingFor?.map((p) => p.position ?? p.name ?? p.id).join(', ');
  return acting ? `${name}, acting for ${acting}` : name;
}

/** The reason, note or number a step carries: what a reader of the history wants at a glance. */
function highlights(data: JsonObject): string {
  const keys = ['reason', 'missingDocuments', 'subdivision', 'agendaNumber', 'letterNumber', 'recipientName', 'summary'];
  return keys
    .filter((key) => data[key] !== undefined)
    .map((key) => `${key}=${Array.isArray(data[key]) ? (data[key] as string[]).join(',') : String(data[key])}`)
    .join(' ');
}

/** `history <case>`: who did what, when, from which state to which. */
export async function printHistory(store: EventStore, caseId: string, io: CliIo, json: boolean): Promise<void> {
  const events = await readCase(store, caseId);
  const rows = events.map((event) => {
    const metadata = event.metadata as JsonObject & { actor: ActorJson };
    return {
      revision: event.revision,
      at: String(metadata.occurredAt ?? event.recordedAt),
      type: event.type,
      actor: metadata.actor,
      from: String(metadata.stateBefore),
      to: String(metadata.stateAfter),
      data: event.data as JsonObject,
    };
  });
  if (json) {
    io.out(JSON.stringify(rows, null, 2));
    return;
  }
  io.out(`History of ${events[0].streamId} (${events.length} events)`);
  for (const row of rows) {
    const extra = highlights(row.data);
    io.out(
      `#${row.revision}  ${row.at}  ${row.type.padEnd(16)} ${row.from} → ${row.to}  by ${who(row.actor)}${extra ? `  ${extra}` : ''}`,
    );
  }
}
