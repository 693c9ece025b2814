/** Decides whether a subscription delivers events of a stream. */
export type StreamFilter = (streamId: string) => boolean;

export function streamPrefixFilter(prefixes: readonly string[] | undefined): StreamFilter {
  if (prefixes === undefined) return () => true;
  const copy = [...prefixes];
  return (streamId) => copy.some((prefix) => streamId.startsWith(prefix));
}
