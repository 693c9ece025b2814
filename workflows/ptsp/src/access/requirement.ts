import type { Actor, Principal } from '@satupintu/engine';

/**
 * Who may send one command in one state, as data. The same requirement answers three questions,
 * so they can never disagree: may this actor act (the engine's `authorize` and the machine's guard),
 * and who is the case waiting on (queues and the supervisor's view).
 */
export type Requirement<TContext> = {
  /** The actor must hold one of these roles (when acting in their own right). */
  roles: readonly string[];
  /**
   * The post that must act on this case now, e.g. the current official of the initials chain.
   * Whoever acts for that post (a Plh, listed in `actingFor` by the caller) may act too.
   */
  position?: (context: TContext) => string | undefined;
  /** The unit the actor must work in, e.g. the sub-division the case was disposed to. */
  unit?: (context: TContext) => string | undefined;
};

/** Who a case waits on, for queues: any of these roles, at one of these posts, in this unit. */
export type WaitingOn = {
  roles?: string[];
  positions?: string[];
  unit?: string;
};

/** In which capacity an actor acts for a post: in their own right, or on behalf of its holder. */
export type Capacity = { onBehalfOf?: Principal };

/**
 * How an actor may act for a post, or undefined when they may not. Holding the post counts only
 * with one of the roles (an official without the signer role cannot sign); acting for its holder
 * counts by itself, because the caller only lists a delegation that is in force.
 */
export function capacityFor(actor: Actor, post: string, roles: readonly string[]): Capacity | undefined {
  if (actor.position === post && roles.some((role) => actor.roles.includes(role))) return {};
  const principal = actor.actingFor?.find((p) => p.position === post);
  return principal ? { onBehalfOf: principal } : undefined;
}

export function meetsRequirement<TContext>(requirement: Requirement<TContext>, context: TContext, actor: Actor): boolean {
  if (requirement.unit) {
    const unit = requirement.unit(context);
    if (unit === undefined || actor.unit !== unit) return false;
  }
  if (requirement.position) {
    const post = requirement.position(context);
    return post !== undefined && capacityFor(actor, post, requirement.roles) !== undefined;
  }
  return requirement.roles.some((role) => actor.roles.includes(role));
}

export function describeRequirement<TContext>(requirement: Requirement<TContext>, context: TContext): WaitingOn {
  const post = requirement.position?.(context);
  const unit = requirement.unit?.(context);
  return {
    roles: [...requirement.roles],
    ...(post !== undefined ? { positions: [post] } : {}),
    ...(unit !== undefined ? { unit } : {}),
  };
}
