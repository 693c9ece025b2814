import { SseParser, type ServerSentEvent } from '../src/api/sse-parser';

function parse(chunks: string[]): ServerSentEvent[] {
  const events: ServerSentEvent[] = [];
  const parser = new SseParser((event) => events.push(event));
  for (const chunk of chunks) parser.push(chunk);
  return events;
}

const STREAM =
  'retry: 5000\n: connected\n\n' +
  'id: 7\nevent: case\ndata: {"caseId":"berkas-1","revision":3}\n\n' +
  ': keep-alive\n\n' +
  'event: case\ndata: first line\ndata: second line\n\n';

describe('Reading server-sent events from a fetch stream', () => {
  it('gives each event with its name, data and id (the last id stays), skipping comments', () => {
    expect(parse([STREAM])).toEqual([
      { event: 'message', data: '', retry: 5000 },
      { event: 'case', data: '{"caseId":"berkas-1","revision":3}', id: '7' },
      { event: 'case', data: 'first line\nsecond line', id: '7' },
    ]);
  });

  it('gives the same events however the stream is cut into chunks', () => {
    const whole = parse([STREAM]);
    for (let size = 1; size <= 13; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < STREAM.length; i += size) chunks.push(STREAM.slice(i, i + size));
      expect(parse(chunks)).toEqual(whole);
    }
  });

  it('accepts CRLF and CR line ends, even when a CRLF is split between chunks', () => {
    // A lone CR at the very end may be half a CRLF: the line ends once the next chunk comes.
    expect(parse(['event: case\r', '\ndata: x\r\n\r', '\n', 'data: y\r\r', ': next'])).toEqual([
      { event: 'case', data: 'x' },
      { event: 'message', data: 'y' },
    ]);
  });

  it('holds back an event until its blank line arrives', () => {
    const events = parse(['event: case\ndata: waiting']);
    expect(events).toEqual([]);
  });
});
