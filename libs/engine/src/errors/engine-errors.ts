/**
 * Typed refusals of the engine. Each says what was wrong in words, and carries the facts a
 * caller needs to map it (the API: 404, 403, 409, 422) and to tell the user what to do instead.
 */
export abstract class EngineError extends Error {
  abstract readonly code: string;
}

export class UnknownWorkflowError extends EngineError {
  readonly code = 'unknown_workflow';
  constructor(
    readonly workflow: string,
    readonly version?: number,
  ) {
    super(version === undefined ? `No workflow named "${workflow}"` : `No version ${version} of workflow "${workflow}"`);
  }
}

/** The instance does not exist, and the command cannot start one. */
export class InstanceNotFoundError extends EngineError {
  readonly code = 'not_found';
  constructor(readonly streamId: string) {
    super(`No case ${streamId}`);
  }
}

/** The command is not one the current state accepts at all. */
export class CommandNotAllowedError extends EngineError {
  readonly code = 'not_allowed_in_state';
  constructor(
    readonly streamId: string,
    readonly state: string,
    readonly commandType: string,
    /** What the actor could do instead, now. */
    readonly allowedCommands: string[],
  ) {
    super(
      `"${commandType}" is not possible in state "${state}"; possible now: ${allowedCommands.join(', ') || 'nothing'}`,
    );
  }
}

/** The state accepts the command, but not from this actor (role, position, delegation). */
export class ActorNotAuthorizedError extends EngineError {
  readonly code = 'forbidden';
  constructor(
    readonly streamId: string,
    readonly state: string,
    readonly commandType: string,
    readonly actorId: string,
  ) {
    super(`You may not "${commandType}" this case in state "${state}"`);
  }
}

/** The actor may send the command here, but the machine refused its content (a guard). */
export class CommandRejectedError extends EngineError {
  readonly code = 'rejected';
  constructor(
    readonly streamId: string,
    readonly state: string,
    readonly commandType: string,
    readonly reason: string,
    readonly allowedCommands: string[],
    /** The reason in each language the workflow speaks (by language tag), when it gave them. */
    readonly reasonByLanguage?: Readonly<Record<string, string>>,
  ) {
    super(reason);
  }
}

/**
 * Someone else moved the instance first: the decision was made on a stale revision and is
 * not retried, because it might no longer be right. The caller reloads and decides again.
 */
export class ConcurrencyConflictError extends EngineError {
  readonly code = 'conflict';
  constructor(
    readonly streamId: string,
    readonly expectedRevision: number | 'no_stream',
    readonly actualRevision: number | 'no_stream',
  ) {
    super(
      `Case ${streamId} has changed: expected revision ${String(expectedRevision)}, actual ${String(actualRevision)}`,
    );
  }
}
