import {
  BACKWARDS,
  END,
  type AllStreamResolvedEvent,
  type EventStoreDBClient,
  type Position,
} from '@eventstore/db-client';
import { esdbPositionAt, portPositionOf } from './positions';

const PAGE_SIZE = 512;

/** One page of $all backwards, read to its end (a read left unfinished keeps the client from disposing). */
async function pageBackwards(
  client: EventStoreDBClient,
  from: Position | typeof END,
): Promise<number[]> {
  const positions: number[] = [];
  for await (const resolved of client.readAll({
    direction: BACKWARDS,
    fromPosition: from,
    maxCount: PAGE_SIZE,
  }) as AsyncIterable<AllStreamResolvedEvent>) {
    positions.push(portPositionOf(resolved.event?.position ?? undefined, 'an event of $all'));
  }
  return positions;
}

/**
 * KurrentDB reads $all only from where a record starts. For a checkpoint that is not such a
 * place (a caller's arithmetic on positions), these find the records around it by reading back
 * from the end of $all: cheap for a checkpoint near the end, which is where readers are.
 */
export async function recordsAround(
  client: EventStoreDBClient,
  checkpoint: number,
): Promise<{ atOrBefore?: number; firstAfter?: number }> {
  let firstAfter: number | undefined;
  let from: Position | typeof END = END;
  for (;;) {
    const page = await pageBackwards(client, from);
    for (const position of page) {
      if (position <= checkpoint) return { atOrBefore: position, firstAfter };
      firstAfter = position;
    }
    if (firstAfter === undefined || page.length < PAGE_SIZE) return { firstAfter };
    from = esdbPositionAt(firstAfter);
  }
}
