/** Joins many small strings into chunks of at least `size` characters: one write per chunk, not per event. */
export async function* inChunks(
  parts: AsyncIterable<string>,
  size = 64 * 1024,
): AsyncGenerator<string> {
  let buffer = '';
  for await (const part of parts) {
    buffer += part;
    if (buffer.length >= size) {
      yield buffer;
      buffer = '';
    }
  }
  if (buffer.length > 0) yield buffer;
}
