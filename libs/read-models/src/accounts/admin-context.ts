import { randomUUID } from 'node:crypto';
import type { EventStore, JsonObject } from '@satupintu/event-store';
import { actorToJson, appendChained, type Actor, type ChainedRevision } from '@satupintu/engine';
import type { AdminEventMetadata } from './account-events';
import type { AccountsReadModels } from './accounts-read-models';

/** What the account services need: the API builds one, and so does the CLI. */
export interface AdminContext {
  store: EventStore;
  readModels: AccountsReadModels;
  /** Resolves once the read models include a position (ProjectionRunner.waitFor): services return fresh views. */
  waitFor(position: number): Promise<void>;
  /** The role codes an account may hold (the catalogue's role list). */
  knownRoles: readonly string[];
  clock?: () => Date;
}

/** What appending an admin event needs: the catalogue's publishing shares it with the accounts. */
export type AdminAppendContext = Pick<AdminContext, 'store' | 'waitFor' | 'clock'>;

export function now(context: AdminAppendContext): Date {
  return context.clock?.() ?? new Date();
}

/**
 * Appends an admin decision with optimistic concurrency, then waits until the read models
 * include it. The expected revision comes from the read model the decision was made on: if that
 * was stale, the store refuses (WrongExpectedRevisionError) rather than apply a stale decision.
 * The events join their stream's hash chain, so an auditor can prove no admin decision was
 * altered or removed behind the app's back (GET /api/audit/streams/:streamId).
 */
export async function appendAdminEvents(
  context: AdminAppendContext,
  actor: Actor,
  streamId: string,
  expectedRevision: ChainedRevision,
  events: Array<{ type: string; data: JsonObject }>,
): Promise<void> {
  const metadata: AdminEventMetadata = {
    actor: actorToJson(actor),
    occurredAt: now(context).toISOString(),
    commandId: randomUUID(),
  };
  const { position } = await appendChained(
    context.store,
    streamId,
    expectedRevision,
    events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data, metadata })),
  );
  await context.waitFor(position);
}
