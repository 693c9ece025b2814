import type { SingleBar } from 'cli-progress';
import type { ExportProgress } from '@satupintu/exports';
import { DelayedBar } from './delayed-bar';

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
  private latest: ExportProgress | undefined;
  private readonly delayed: DelayedBar;

  constructor(private readonly options: ProgressOptions) {
    this.delayed = new DelayedBar(
      { ...options, format: '{phase} |{bar}| {percentage}% | {value}/{total} {unit}' },
      (bar) => {
        bar.start(options.totalEvents ?? 0, 0, { phase: 'reading', unit: UNITS.reading });
        if (this.latest) this.render(bar, this.latest);
      },
    );
  }

  update(progress: ExportProgress): void {
    this.latest = progress;
    if (this.delayed.shown) this.render(this.delayed.bar, progress);
  }

  stop(): void {
    this.delayed.stop();
  }

  private render(bar: SingleBar, progress: ExportProgress): void {
    const total =
      progress.phase === 'reading'
        ? Math.max(this.options.totalEvents ?? 0, progress.done)
        : Math.max(progress.total ?? progress.done, progress.done);
    bar.setTotal(total);
    bar.update(progress.done, { phase: progress.phase, unit: UNITS[progress.phase] });
  }
}
