/** Where a command writes: the real process streams, or buffers in tests. */
export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  /** Where a streamed command (export) writes its document; stdout when absent. */
  output?: NodeJS.WritableStream;
  /** Where progress bars go; stderr when absent. */
  progress?: NodeJS.WritableStream;
}

export const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};
