import type { Actor } from '@satupintu/engine';

/** A staff member as a case remembers them, and for whom they acted when they filled in (Plh). */
export type ActedBy = {
  id: string;
  name?: string;
  onBehalfOf?: { id: string; name?: string };
};

const person = (p: { id: string; name?: string }) => (p.name === undefined ? { id: p.id } : { id: p.id, name: p.name });

export function actedBy(actor: Actor): ActedBy {
  return person(actor);
}

/**
 * Who acted for a post, once the guards have let them: its holder, or someone acting for the
 * holder, and then both are named (a letter signed by a Plh says so).
 */
export function actedForPost(actor: Actor, post: string): ActedBy {
  const onBehalfOf = actor.position === post ? undefined : actor.actingFor?.find((p) => p.position === post);
  return onBehalfOf ? { ...person(actor), onBehalfOf: person(onBehalfOf) } : person(actor);
}
