import type { LogRecord } from '../log/records';
import { invalidArgument } from './rpc-errors';
import type { streams } from './proto';

/** A server-side subscription filter and how often it reports a checkpoint. */
export interface EventFilter {
  matches(record: LogRecord): boolean;
  /** Records considered (matching or not) between two checkpoints. */
  checkpointInterval: number;
}

/** EventStoreDB's search window when the client leaves it to the server. */
const DEFAULT_SEARCH_WINDOW = 32;

/**
 * Stream-name or event-type filter, by regular expression (searched anywhere, as .NET's
 * Regex.IsMatch does) or by prefixes; a regex, when given, wins over prefixes.
 */
export function eventFilterOf(options: streams.ReadReq.Options.FilterOptions): EventFilter {
  const onStream = options.hasStreamIdentifier();
  const expression = onStream ? options.getStreamIdentifier() : options.getEventType();
  if (expression === undefined)
    throw invalidArgument('A filter needs a stream identifier or an event type expression');
  const valueOf = (record: LogRecord): string => (onStream ? record.stream : record.type);
  const multiplier = options.getCheckpointintervalmultiplier();
  if (multiplier <= 0) throw invalidArgument('CheckpointIntervalMultiplier must be greater than 0');
  const window = options.hasMax() ? options.getMax() : DEFAULT_SEARCH_WINDOW;
  if (window <= 0) throw invalidArgument('MaxSearchWindow must be greater than 0');
  const checkpointInterval = multiplier * window;

  const source = expression.getRegex();
  if (source !== '') {
    let pattern: RegExp;
    try {
      pattern = new RegExp(source);
    } catch (error) {
      throw invalidArgument(`Invalid filter regex ${source}: ${(error as Error).message}`);
    }
    return { matches: (record) => pattern.test(valueOf(record)), checkpointInterval };
  }
  const prefixes = expression.getPrefixList();
  return {
    matches: (record) => prefixes.some((prefix) => valueOf(record).startsWith(prefix)),
    checkpointInterval,
  };
}
