import type { ServerWritableStream } from '@grpc/grpc-js';
import type { RpcError } from './rpc-errors';

/**
 * The response side of a server-streaming call: writes that wait when the client's buffer
 * is full (backpressure), and a view of cancellation (the client went away or gave up).
 */
export class CallWriter<Response> {
  private isCancelled = false;
  private readonly cancelListeners = new Set<() => void>();

  constructor(private readonly call: ServerWritableStream<unknown, Response>) {
    call.on('cancelled', () => {
      this.isCancelled = true;
      for (const listener of [...this.cancelListeners]) listener();
    });
  }

  get cancelled(): boolean {
    return this.isCancelled || this.call.cancelled;
  }

  onCancel(listener: () => void): () => void {
    this.cancelListeners.add(listener);
    return () => this.cancelListeners.delete(listener);
  }

  async write(message: Response): Promise<void> {
    if (this.cancelled) return;
    if (this.call.write(message)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.call.off('drain', done);
        stopWaiting();
        resolve();
      };
      const stopWaiting = this.onCancel(done);
      this.call.once('drain', done);
    });
  }

  end(): void {
    if (!this.cancelled) this.call.end();
  }

  fail(error: RpcError): void {
    if (!this.cancelled) this.call.emit('error', error);
  }
}
