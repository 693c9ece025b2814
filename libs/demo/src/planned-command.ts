import type { Actor } from '@satupintu/engine';
import type { JsonObject } from '@satupintu/event-store';

/** One command of a demo case, before it is dated: `after` is how much office time follows the previous step. */
export interface PlannedCommand {
  type: string;
  payload: JsonObject;
  actor: Actor;
  /** Office minutes after the case's previous command. */
  after: number;
}

/** A demo case: its stream and the commands that take it where the demo wants it. */
export interface CasePlan {
  streamId: string;
  commands: PlannedCommand[];
}
