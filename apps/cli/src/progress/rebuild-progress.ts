import type { SingleBar } from 'cli-progress';
import { DelayedBar } from './delayed-bar';

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
  private reached = 0;
  private readonly delayed: DelayedBar;

  constructor(private readonly options: RebuildProgressOptions) {
    this.delayed = new DelayedBar(
      { ...options, format: 'replaying |{bar}| {percentage}% | {value}/{total} events' },
      (bar) => {
        bar.start(options.head, 0);
        this.render(bar);
      },
    );
  }

  update(position: number): void {
    this.reached = position;
    if (this.delayed.shown) this.render(this.delayed.bar);
  }

  stop(): void {
    this.delayed.stop();
  }

  private render(bar: SingleBar): void {
    bar.setTotal(Math.max(this.options.head, this.reached));
    bar.update(this.reached);
  }
}
