import { barPercent } from './durations';
import './figures.css';

/**
 * A horizontal bar for a figure in a table cell: the figure itself is written beside it, so the
 * bar is decoration (hidden from screen readers). `ghost` draws a lighter bar behind, e.g. the
 * p90 behind the median.
 */
export function Bar({
  value,
  max,
  ghost,
  tone = 'brand',
}: {
  value: number;
  max: number;
  ghost?: number;
  tone?: 'brand' | 'ok' | 'warn' | 'bad';
}) {
  return (
    <span className="bar" aria-hidden="true">
      {ghost !== undefined && (
        <span className="bar-ghost" style={{ width: `${barPercent(ghost, max)}%` }} />
      )}
      <span className={`bar-fill bar-${tone}`} style={{ width: `${barPercent(value, max)}%` }} />
    </span>
  );
}
