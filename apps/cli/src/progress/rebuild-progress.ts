import { Presets, SingleBar } from 'cli-progress';

export interface RebuildProgressOptions {
  stream: NodeJS.WritableStream;
  /** The store's head position: where the replay ends. */
  head: number;
  /** Show the bar only once the run has lasted this long: quick rebuilds print nothing. */
  delayMs: number;
}

/**
 * The rebuild's progress bar on stderr, in the export's style: the position the read models
 * have reached out of the store's head.
 */
export class RebuildProgressBar {
  private readonly bar: SingleBar;
  private reached = 0;
  private shown = false;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: RebuildProgressOptions) {
    this.bar = new SingleBar(
      {
        stream: options.stream,
        format: 'replaying |{bar}| {percentage}% | {value}/{total} events',
        hideCursor: true,
        noTTYOutput: true,
        notTTYSchedule: 1000,
      },
      Presets.shades_classic,
    );
    this.timer = setTimeout(() => this.show(), options.delayMs);
    this.timer.unref();
    if (options.delayMs <= 0) this.show();
  }

  update(position: number): void {
    this.reached = position;
    if (this.shown) this.render();
  }

  stop(): void {
    clearTimeout(this.timer);
    if (this.shown) this.bar.stop();
  }

  private show(): void {
    clearTimeout(this.timer);
    if (this.shown) return;
    this.shown = true;
    this.bar.start(this.options.head, 0);
    this.render();
  }

  private render(): void {
    this.bar.setTotal(Math.max(this.options.head, this.reached));
    this.bar.update(this.reached);
  }
}
