import { Presets, SingleBar } from 'cli-progress';
import type { ExportProgress } from '@satupintu/exports';

export interface ProgressOptions {
  stream: NodeJS.WritableStream;
  /** How many events the store holds (its head position), when known: the reading phase's total. */
  totalEvents?: number;
  /** Show the bar only once the run has lasted this long: quick exports print nothing. */
  delayMs: number;
}

const UNITS = { reading: 'events read', writing: 'written' } as const;

/**
 * The export's progress bar on stderr: first the events read from the store (of the store's
 * size), then, for XES and OCEL, what is written after regrouping. Never on stdout, which may
 * carry the export itself.
 */
export class ExportProgressBar {
  private readonly bar: SingleBar;
  private latest: ExportProgress | undefined;
  private shown = false;
  private readonly timer: NodeJS.Timeout;

  constructor(private readonly options: ProgressOptions) {
    this.bar = new SingleBar(
      {
        stream: options.stream,
        format: '{phase} |{bar}| {percentage}% | {value}/{total} {unit}',
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

  update(progress: ExportProgress): void {
    this.latest = progress;
    if (this.shown) this.render(progress);
  }

  stop(): void {
    clearTimeout(this.timer);
    if (this.shown) this.bar.stop();
  }

  private show(): void {
    clearTimeout(this.timer);
    if (this.shown) return;
    this.shown = true;
    this.bar.start(this.options.totalEvents ?? 0, 0, { phase: 'reading', unit: UNITS.reading });
    if (this.latest) this.render(this.latest);
  }

  private render(progress: ExportProgress): void {
    const total =
      progress.phase === 'reading'
        ? Math.max(this.options.totalEvents ?? 0, progress.done)
        : Math.max(progress.total ?? progress.done, progress.done);
    this.bar.setTotal(total);
    this.bar.update(progress.done, { phase: progress.phase, unit: UNITS[progress.phase] });
  }
}
