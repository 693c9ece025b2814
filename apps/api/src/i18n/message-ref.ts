import type { Message } from './message';

// class-validator keeps a check's message as a string. A check that knows its words in every
// language (a message of the catalogues) hands the validation pipe this reference instead, and
// the pipe reads the message back: the words are chosen when the error is answered.
const MARK = '\u0001message:';

export function messageRef(message: Message): string {
  return MARK + JSON.stringify(message);
}

export function readMessageRef(text: string): Message | undefined {
  if (!text.startsWith(MARK)) return undefined;
  return JSON.parse(text.slice(MARK.length)) as Message;
}
