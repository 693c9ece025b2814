/** One server-sent event: its name (`message` when none is given), data and id. */
export interface ServerSentEvent {
  event: string;
  data: string;
  id?: string;
  /** The server's `retry:` advice, in milliseconds. */
  retry?: number;
}

/**
 * Reads a text/event-stream as it arrives in chunks of any size (a chunk may end mid-line or
 * mid-character: feed it decoded text). Comments (`: keep-alive`) are skipped; an event ends at
 * a blank line, as the specification says.
 */
export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  private id: string | undefined;
  private retry: number | undefined;

  constructor(private readonly onEvent: (event: ServerSentEvent) => void) {}

  push(text: string): void {
    this.buffer += text;
    let newline = this.buffer.search(/\r\n|\r|\n/);
    while (newline >= 0) {
      const line = this.buffer.slice(0, newline);
      const width = this.buffer.startsWith('\r\n', newline) ? 2 : 1;
      // A lone \r at the end might be the first half of \r\n: wait for the next chunk.
      if (this.buffer[newline] === '\r' && newline + 1 === this.buffer.length) return;
      this.buffer = this.buffer.slice(newline + width);
      this.line(line);
      newline = this.buffer.search(/\r\n|\r|\n/);
    }
  }

  private line(line: string): void {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.event = value;
    else if (field === 'data') this.data.push(value);
    else if (field === 'id') this.id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) this.retry = Number(value);
  }

  private dispatch(): void {
    if (this.data.length > 0 || this.retry !== undefined) {
      const event: ServerSentEvent = { event: this.event || 'message', data: this.data.join('\n') };
      if (this.id !== undefined) event.id = this.id;
      if (this.retry !== undefined) event.retry = this.retry;
      this.onEvent(event);
    }
    this.event = '';
    this.data = [];
    this.retry = undefined;
  }
}
