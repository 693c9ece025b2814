import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { WorkflowDiagram as Diagram } from '../api/types';
import { useText } from '../i18n/use-language';
import { layoutDiagram } from './diagram-layout';

/** A badge's width for its text at 11px (about 6.5 units a character, and its rounded ends). */
const badgeWidth = (text: string) => text.length * 6.5 + 12;

/** Colours and figures laid over the states instead of "current" and "visited". */
export interface DiagramOverlay {
  /** A class for the state's box (e.g. its heat level). */
  stateClass(state: string): string;
  /** A short figure shown on the state's corner ("23 jam"), or none. */
  badge(state: string): string | undefined;
  /** What the drawing shows, for screen readers. */
  description: string;
  legend: ReactNode;
}

/**
 * The workflow as a diagram drawn from the machine's own states and transitions (GET
 * /api/workflows/:name), the current state filled in and the states already passed outlined.
 */
export function WorkflowDiagram({
  diagram,
  current,
  visited,
  overlay,
}: {
  diagram: Diagram;
  current: string;
  visited: ReadonlySet<string>;
  /** Another reading of the drawing (the supervisors' heatmap): it replaces the marks. */
  overlay?: DiagramOverlay;
}) {
  const { t } = useTranslation();
  const text = useText();
  const labels = useMemo(
    () => new Map(diagram.states.map((state) => [state.name, text(state.label)])),
    [diagram, text],
  );
  const commandLabels = new Map(diagram.transitions.map((tr) => [tr.command, text(tr.label)]));
  const layout = useMemo(
    () => layoutDiagram(diagram, (state) => labels.get(state) ?? state),
    [diagram, labels],
  );
  const finals = new Set(diagram.states.filter((s) => s.final).map((s) => s.name));
  const currentLabel = labels.get(current) ?? current;

  return (
    <figure className="diagram">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        role="img"
        aria-labelledby="diagram-title diagram-desc"
        data-testid="workflow-diagram"
        style={{ maxWidth: layout.width }}
      >
        <title id="diagram-title">{t('diagram.title')}</title>
        <desc id="diagram-desc">
          {overlay?.description ?? t('diagram.current', { state: currentLabel })}
        </desc>
        <defs>
          <marker
            id="arrow"
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" className="diagram-arrowhead" />
          </marker>
        </defs>
        {layout.edges.map((edge) => (
          <path
            key={`${edge.from}-${edge.command}-${edge.to}`}
            d={edge.path}
            className={`diagram-edge diagram-edge-${edge.kind}`}
            markerEnd="url(#arrow)"
          >
            <title>{commandLabels.get(edge.command) ?? edge.command}</title>
          </path>
        ))}
        {layout.nodes.map((node) => {
          const isCurrent = overlay === undefined && node.name === current;
          const badge = overlay?.badge(node.name);
          const classes = [
            'diagram-node',
            isCurrent ? 'is-current' : '',
            overlay === undefined && visited.has(node.name) && !isCurrent ? 'is-visited' : '',
            finals.has(node.name) ? 'is-final' : '',
            overlay?.stateClass(node.name) ?? '',
          ];
          return (
            <g
              key={node.name}
              className={classes.filter(Boolean).join(' ')}
              data-state={node.name}
              data-current={isCurrent ? 'true' : undefined}
            >
              <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={8} />
              <text textAnchor="middle">
                {node.lines.map((line, index) => (
                  <tspan
                    key={index}
                    x={node.x + node.width / 2}
                    y={node.y + (node.height - node.lines.length * 15) / 2 + 11 + index * 15}
                  >
                    {line}
                  </tspan>
                ))}
              </text>
              {badge !== undefined && (
                <g className="diagram-badge">
                  <rect
                    x={node.x + node.width + 6 - badgeWidth(badge)}
                    y={node.y - 9}
                    width={badgeWidth(badge)}
                    height={18}
                    rx={9}
                  />
                  <text
                    x={node.x + node.width + 6 - badgeWidth(badge) / 2}
                    y={node.y + 4}
                    textAnchor="middle"
                  >
                    {badge}
                  </text>
                </g>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="diagram-legend">
        {overlay?.legend ?? (
          <>
            <span className="legend legend-current">{t('diagram.legendCurrent')}</span>
            <span className="legend legend-visited">{t('diagram.legendVisited')}</span>
            <span className="legend legend-final">{t('diagram.legendFinal')}</span>
          </>
        )}
      </figcaption>
    </figure>
  );
}
