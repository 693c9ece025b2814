import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** One request the gateway received. */
export interface GatewayRequest {
  idempotencyKey: string | undefined;
  authorization: string | undefined;
  body: { to: string; message: string; idempotencyKey: string };
}

/** What the gateway does with the next request: answer with a status, or hang up without answering. */
export type GatewayBehaviour =
  number | 'hang_up' | ((request: GatewayRequest) => number | 'hang_up');

/**
 * An SMS gateway over real HTTP, as a provider's would behave: it delivers one message per
 * Idempotency-Key (a repeat is acknowledged, not delivered again), and can be told to fail.
 */
export class FakeSmsGateway {
  readonly requests: GatewayRequest[] = [];
  /** Delivered messages by idempotency key: what reached phones. */
  readonly delivered = new Map<string, GatewayRequest['body']>();
  private readonly behaviours: GatewayBehaviour[] = [];
  private server: Server | undefined;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => void this.handle(request, response));
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done));
    const address = this.server.address() as { port: number };
    this.url = `http://127.0.0.1:${address.port}/messages`;
    return this;
  }

  /** The next requests get these answers, in order; after them, 200. */
  answerNext(...behaviours: GatewayBehaviour[]): this {
    this.behaviours.push(...behaviours);
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((done) => this.server?.close(done));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let text = '';
    for await (const chunk of request) text += String(chunk);
    const received: GatewayRequest = {
      idempotencyKey: header(request, 'idempotency-key'),
      authorization: header(request, 'authorization'),
      body: JSON.parse(text) as GatewayRequest['body'],
    };
    this.requests.push(received);
    const next = this.behaviours.shift() ?? 200;
    const behaviour = typeof next === 'function' ? next(received) : next;
    if (behaviour === 'hang_up') {
      request.socket.destroy();
      return;
    }
    if (
      behaviour === 200 &&
      received.idempotencyKey !== undefined &&
      !this.delivered.has(received.idempotencyKey)
    ) {
      this.delivered.set(received.idempotencyKey, received.body);
    }
    response.writeHead(behaviour, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify(
        behaviour === 200 ? { id: `gw-${received.idempotencyKey}` } : { error: 'refused' },
      ),
    );
  }
}

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};
