import { Presets, SingleBar } from 'cli-progress';

/**
 * A progress bar on a stream (stderr) that appears only once a run has lasted `delayMs`, so quick
 * runs print nothing; when it appears, `onShow` starts it. The export's and the rebuild's bars.
 */
export class DelayedBar {
  readonly bar: SingleBar;
  private visible = false;
  private readonly timer: NodeJS.Timeout;

  constructor(
    options: { stream: NodeJS.WritableStream; delayMs: number; format: string },
    private readonly onShow: (bar: SingleBar) => void,
  ) {
    this.bar = new SingleBar(
      {
        stream: options.stream,
        format: options.format,
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

  get shown(): boolean {
    return this.visible;
  }

  stop(): void {
    clearTimeout(this.timer);
    if (this.visible) this.bar.stop();
  }

  private show(): void {
    clearTimeout(this.timer);
    if (this.visible) return;
    this.visible = true;
    this.onShow(this.bar);
  }
}
