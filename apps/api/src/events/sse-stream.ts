import type { ServerResponse } from 'node:http';

/**
 * A server-sent events stream on a raw response: the headers, messages, a comment every
 * `keepAliveMs` so proxies and browsers keep an idle connection open, and clean-up when either
 * side closes.
 */
export class SseStream {
  private readonly keepAlive: NodeJS.Timeout;
  private closed = false;
  private readonly closeHandlers: Array<() => void> = [];

  constructor(
    private readonly response: ServerResponse,
    keepAliveMs: number,
  ) {
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      // Nginx and friends would otherwise hold messages back.
      'x-accel-buffering': 'no',
    });
    response.write('retry: 5000\n: connected\n\n');
    this.keepAlive = setInterval(() => this.write(': keep-alive\n\n'), keepAliveMs);
    this.keepAlive.unref();
    response.on('close', () => this.cleanUp());
  }

  get isClosed(): boolean {
    return this.closed;
  }

  send(event: string, data: unknown, id?: string): void {
    const lines = JSON.stringify(data);
    this.write(`${id !== undefined ? `id: ${id}\n` : ''}event: ${event}\ndata: ${lines}\n\n`);
  }

  onClose(handler: () => void): void {
    if (this.closed) handler();
    else this.closeHandlers.push(handler);
  }

  /** Ends the stream from the server's side. */
  end(): void {
    if (this.closed) return;
    this.response.end();
    this.cleanUp();
  }

  private write(chunk: string): void {
    if (!this.closed) this.response.write(chunk);
  }

  private cleanUp(): void {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.keepAlive);
    for (const handler of this.closeHandlers.splice(0)) handler();
  }
}
