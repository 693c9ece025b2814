import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import { SseStream } from '../src/events/sse-stream';

/** What SseStream uses of a response, recorded. */
class FakeResponse extends EventEmitter {
  status = 0;
  headers: Record<string, string> = {};
  written = '';
  ended = false;
  writeHead(status: number, headers: Record<string, string>) {
    this.status = status;
    this.headers = headers;
    return this;
  }
  write(chunk: string) {
    this.written += chunk;
    return true;
  }
  end() {
    this.ended = true;
    this.emit('close');
  }
}

describe('SseStream', () => {
  const open = (keepAliveMs: number) => {
    const response = new FakeResponse();
    return { response, stream: new SseStream(response as unknown as ServerResponse, keepAliveMs) };
  };

  it('writes the event-stream headers, a retry hint and messages with id, event and one line of data', () => {
    const { response, stream } = open(60_000);
    stream.send('case', { caseId: 'berkas-1', note: 'two\nlines' }, '42');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache, no-transform');
    expect(response.written).toBe(
      'retry: 5000\n: connected\n\nid: 42\nevent: case\ndata: {"caseId":"berkas-1","note":"two\\nlines"}\n\n',
    );
    stream.end();
  });

  it('sends a keep-alive comment periodically while open, and stops when the client goes', async () => {
    const { response, stream } = open(20);
    let closed = 0;
    stream.onClose(() => closed++);
    // Timers are late on a loaded machine, never early: wait for three comments, with a bound.
    const keepAlives = () => response.written.match(/: keep-alive\n\n/g)?.length ?? 0;
    for (let waited = 0; keepAlives() < 3 && waited < 5000; waited += 20) await sleep(20);
    expect(keepAlives()).toBeGreaterThanOrEqual(3);
    response.emit('close');
    expect(closed).toBe(1);
    expect(stream.isClosed).toBe(true);
    const before = response.written;
    await sleep(60);
    stream.send('case', {});
    expect(response.written).toBe(before);
  });

  it('end() closes the response once and runs the clean-up once', () => {
    const { response, stream } = open(60_000);
    let closed = 0;
    stream.onClose(() => closed++);
    stream.end();
    stream.end();
    expect(response.ended).toBe(true);
    expect(closed).toBe(1);
    let late = 0;
    stream.onClose(() => late++);
    expect(late).toBe(1);
  });
});
