import type { JsonObject } from '@satupintu/event-store';

/** Someone a command is issued by, or on whose behalf it is issued. */
export interface Principal {
  id: string;
  name?: string;
  roles: string[];
  /** The office post the person holds, e.g. "Kasubbid Kepangkatan": what approval chains refer to. */
  position?: string;
  /** The organisational unit (e.g. a sub-division) the person works in, when the workflow routes by unit. */
  unit?: string;
}

/**
 * Who issues a command. The caller resolves delegations in force at the time of the command
 * and lists the principals this actor stands in for; the machine's guards decide what that allows,
 * and the stored event keeps both, so a replay decides the same way.
 */
export interface Actor extends Principal {
  actingFor?: Principal[];
}

/** The built-in actor of scheduled work (expiry checks and the like). */
export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'SatuPintu', roles: ['system'] };

export function actorToJson(actor: Actor): JsonObject {
  const json: JsonObject = { id: actor.id, roles: [...actor.roles] };
  if (actor.name !== undefined) json.name = actor.name;
  if (actor.position !== undefined) json.position = actor.position;
  if (actor.unit !== undefined) json.unit = actor.unit;
  if (actor.actingFor?.length) {
    json.actingFor = actor.actingFor.map((p) => actorToJson(p));
  }
  return json;
}
