import type { WorkflowDiagram } from '../api/types';

/** Sizes in SVG user units (the drawing scales to its container). */
export const NODE_WIDTH = 160;
const LINE_HEIGHT = 15;
const NODE_PADDING = 12;
const LAYER_GAP = 34;
const COLUMN_GAP = 40;
const MARGIN = 16;
const MAX_LINE_CHARS = 20;

export interface LaidOutNode {
  name: string;
  lines: string[];
  layer: number;
  /** 0 is the main path; negative columns are to its left, positive to its right. */
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutEdge {
  from: string;
  to: string;
  command: string;
  kind: 'forward' | 'back' | 'self';
  /** SVG path data, ending at the target's border (where the arrowhead goes). */
  path: string;
}

export interface DiagramLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

/** Breaks a label into lines of at most `max` characters, at spaces. */
export function wrapLabel(label: string, max = MAX_LINE_CHARS): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * Lays a workflow out top to bottom: the main path (from the initial state, always taking a
 * state's first arrow to a new state) is the middle column; branches hang to its sides, the
 * first to the left, the next to the right, and their own successors below them. Each state's
 * row is its longest distance from the start along forward arrows. Arrows run at right angles:
 * forward ones cross between rows and drop onto the next state; backward ones rise to the side
 * of their target; a command that keeps the state is a small loop.
 */
export function layoutDiagram(
  diagram: WorkflowDiagram,
  label: (state: string) => string,
): DiagramLayout {
  const names = diagram.states.map((s) => s.name);
  const order = new Map(names.map((name, index) => [name, index]));
  const out = new Map<string, string[]>(names.map((name) => [name, []]));
  for (const t of diagram.transitions) {
    if (t.from !== t.to && out.has(t.from) && out.has(t.to)) {
      const list = out.get(t.from)!;
      if (!list.includes(t.to)) list.push(t.to);
    }
  }

  // Back edges: those that close a cycle in a depth-first walk from the start.
  const backEdges = new Set<string>();
  const visited = new Set<string>();
  const onStack = new Set<string>();
  const postOrder: string[] = [];
  const walk = (node: string) => {
    visited.add(node);
    onStack.add(node);
    for (const next of out.get(node)!) {
      if (onStack.has(next)) backEdges.add(`${node}>${next}`);
      else if (!visited.has(next)) walk(next);
    }
    onStack.delete(node);
    postOrder.push(node);
  };
  for (const start of [diagram.initial, ...names])
    if (out.has(start) && !visited.has(start)) walk(start);
  const isForward = (from: string, to: string) => from !== to && !backEdges.has(`${from}>${to}`);

  // Rows: longest path along forward edges, in topological order.
  const layer = new Map<string, number>(names.map((name) => [name, 0]));
  for (const node of [...postOrder].reverse())
    for (const next of out.get(node)!)
      if (isForward(node, next)) layer.set(next, Math.max(layer.get(next)!, layer.get(node)! + 1));

  // The main path, then the branches, column by column.
  const column = new Map<string, number>();
  const taken = new Set<string>();
  const place = (node: string, wanted: number, side: number) => {
    let col = wanted;
    while (taken.has(`${layer.get(node)}:${col}`)) col += side === 0 ? 1 : side;
    column.set(node, col);
    taken.add(`${layer.get(node)}:${col}`);
  };
  let spine: string | undefined = out.has(diagram.initial) ? diagram.initial : names[0];
  while (spine !== undefined && !column.has(spine)) {
    place(spine, 0, 0);
    const current: string = spine;
    spine = out.get(current)!.find((next) => isForward(current, next) && !column.has(next));
  }
  let nextSide = -1;
  const queue = names.filter((name) => column.has(name));
  while (queue.length > 0) {
    const node = queue.shift()!;
    const col = column.get(node)!;
    for (const next of out.get(node)!) {
      if (column.has(next) || !isForward(node, next)) continue;
      const side = col === 0 ? nextSide : Math.sign(col);
      if (col === 0) nextSide = -nextSide;
      place(next, col === 0 ? side : col, side);
      queue.push(next);
    }
  }
  for (const name of names) if (!column.has(name)) place(name, 0, 1);

  // Coordinates.
  const lines = new Map(names.map((name) => [name, wrapLabel(label(name))]));
  const height = Math.max(...[...lines.values()].map((l) => l.length)) * LINE_HEIGHT + NODE_PADDING;
  const columns = [...column.values()];
  const minColumn = Math.min(...columns);
  const nodes: LaidOutNode[] = names
    .map((name) => ({
      name,
      lines: lines.get(name)!,
      layer: layer.get(name)!,
      column: column.get(name)!,
      x: MARGIN + (column.get(name)! - minColumn) * (NODE_WIDTH + COLUMN_GAP),
      y: MARGIN + layer.get(name)! * (height + LAYER_GAP),
      width: NODE_WIDTH,
      height,
    }))
    .sort(
      (a, b) => a.layer - b.layer || a.column - b.column || order.get(a.name)! - order.get(b.name)!,
    );
  const byName = new Map(nodes.map((node) => [node.name, node]));

  const edges = diagram.transitions
    .filter((t) => byName.has(t.from) && byName.has(t.to))
    .map((t): LaidOutEdge => {
      const source = byName.get(t.from)!;
      const target = byName.get(t.to)!;
      const kind = t.from === t.to ? 'self' : isForward(t.from, t.to) ? 'forward' : 'back';
      return {
        from: t.from,
        to: t.to,
        command: t.command,
        kind,
        path: route(source, target, kind),
      };
    });

  const width =
    2 * MARGIN + (Math.max(...columns) - minColumn + 1) * (NODE_WIDTH + COLUMN_GAP) - COLUMN_GAP;
  const bottom = Math.max(...nodes.map((n) => n.y + n.height));
  return { width, height: bottom + MARGIN, nodes, edges };
}

const round = (n: number) => Math.round(n * 10) / 10;
const path = (...points: Array<[number, number]>) =>
  points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${round(x)},${round(y)}`).join(' ');

function route(source: LaidOutNode, target: LaidOutNode, kind: LaidOutEdge['kind']): string {
  const sx = source.x + source.width / 2;
  const tx = target.x + target.width / 2;
  const sMid = source.y + source.height / 2;
  const tMid = target.y + target.height / 2;
  if (kind === 'self') {
    const x = source.x + source.width;
    const top = source.y + 6;
    return `M${x},${top} C${x + 26},${top - 10} ${x + 26},${top + 22} ${x},${top + 12}`;
  }
  if (kind === 'forward') {
    if (source.column === target.column) {
      if (target.layer === source.layer + 1)
        return path([sx, source.y + source.height], [tx, target.y]);
      // Skips rows in its own column: down the column's right-hand lane.
      const lane = source.x + source.width + 12;
      return path(
        [source.x + source.width, sMid],
        [lane, sMid],
        [lane, tMid],
        [target.x + target.width, tMid],
      );
    }
    // To another column: down into the gap below the source's row (no state sits there),
    // across, and down onto the target.
    const right = target.column > source.column;
    const exitX = sx + (right ? 10 : -10);
    const gapY = source.y + source.height + LAYER_GAP / 2;
    const dropX = tx + (right ? 10 : -10);
    return path([exitX, source.y + source.height], [exitX, gapY], [dropX, gapY], [dropX, target.y]);
  }
  // Backwards (upwards): in the same column up the left-hand lane; from another column up its
  // own top and across into the target's side.
  if (source.column === target.column) {
    const lane = source.x - 12 - 8 * Math.max(0, source.layer - target.layer - 1);
    return path([source.x, sMid], [lane, sMid], [lane, tMid - 6], [target.x, tMid - 6]);
  }
  const right = target.column > source.column;
  const riseX = sx + (right ? 10 : -10);
  const enterX = right ? target.x : target.x + target.width;
  return path([riseX, source.y], [riseX, tMid - 6], [enterX, tMid - 6]);
}
