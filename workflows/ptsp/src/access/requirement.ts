import type { Actor } from '@satupintu/engine';

/**
 * Who may send one command in one state, as data. The same requirement answers both questions,
 * so they can never disagree: may this actor act (the engine's `authorize` and the machine's
 * guard alike), and whom is the case waiting on (queues and the supervisor's view).
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

/**
 * Whether an actor may act for a post. Holding the post counts only with one of the roles (an
 * official without the signer role does not sign); acting for the holder counts by itself,
 * because the caller lists only delegations in force at the time of the command.
 */
function mayActForPost(actor: Actor, post: string, roles: readonly string[]): boolean {
  const holdsPost = actor.position === post && roles.some((role) => actor.roles.includes(role));
  return holdsPost || (actor.actingFor?.some((principal) => principal.position === post) ?? false);
}

export function meetsRequirement<TContext>(requirement: Requirement<TContext>, context: TContext, actor: Actor): boolean {
  if (requirement.unit) {
    const unit = requirement.unit(context);
    if (unit === undefined || actor.unit !== unit) return false;
  }
  if (requirement.position) {
    const post = requirement.position(context);
    return post !== undefined && mayActForPost(actor, post, requirement.roles);
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
