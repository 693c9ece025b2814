import { ptspPresentations, ptspWorkflows } from '@satupintu/ptsp';
import { workflowDiagram } from '../../api/src/workflows/workflow-diagram';
import { layoutDiagram, wrapLabel, type LaidOutNode } from '../src/case/diagram-layout';

// The same diagrams GET /api/workflows/:name serves, built from the real machines.
const diagrams = ptspWorkflows.map((definition) =>
  workflowDiagram(definition, ptspPresentations[definition.name]),
);
const berkas = diagrams.find((d) => d.name === 'berkas')!;
const labelOf = (diagram: typeof berkas) => (state: string) =>
  diagram.states.find((s) => s.name === state)!.label.id;

const overlap = (a: LaidOutNode, b: LaidOutNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('Laying out a workflow diagram from its machine', () => {
  it.each(diagrams.map((d) => [d.name, d] as const))(
    'places every state of %s once, none on another',
    (_name, diagram) => {
      const layout = layoutDiagram(diagram, labelOf(diagram));
      expect(layout.nodes.map((n) => n.name).sort()).toEqual(
        diagram.states.map((s) => s.name).sort(),
      );
      for (const a of layout.nodes)
        for (const b of layout.nodes) if (a !== b) expect(overlap(a, b)).toBe(false);
      for (const node of layout.nodes) {
        expect(node.x + node.width).toBeLessThanOrEqual(layout.width);
        expect(node.y + node.height).toBeLessThanOrEqual(layout.height);
      }
    },
  );

  it('draws one arrow per transition, each ending on its target', () => {
    const layout = layoutDiagram(berkas, labelOf(berkas));
    expect(layout.edges).toHaveLength(berkas.transitions.length);
    const byName = new Map(layout.nodes.map((n) => [n.name, n]));
    for (const edge of layout.edges) {
      const end = edge.path.match(/(-?[\d.]+),(-?[\d.]+)\s*$/)!;
      const [x, y] = [Number(end[1]), Number(end[2])];
      const target = byName.get(edge.to)!;
      const onBorder =
        x >= target.x - 0.1 &&
        x <= target.x + target.width + 0.1 &&
        y >= target.y - 0.1 &&
        y <= target.y + target.height + 0.1;
      expect({ edge: `${edge.from}-${edge.command}->${edge.to}`, onBorder }).toEqual({
        edge: `${edge.from}-${edge.command}->${edge.to}`,
        onBorder: true,
      });
    }
  });

  it('puts the main path in one column, top to bottom, and the side branches beside it', () => {
    const layout = layoutDiagram(berkas, labelOf(berkas));
    const at = (state: string) => layout.nodes.find((n) => n.name === state)!;
    const main = [
      'start',
      'verification',
      'disposition',
      'processing',
      'initials',
      'signature',
      'numbering',
      'ready',
      'handed_over',
    ];
    for (const state of main) expect(at(state).column).toBe(0);
    for (let i = 1; i < main.length; i++) expect(at(main[i]).y).toBeGreaterThan(at(main[i - 1]).y);
    expect(at('returned').column).not.toBe(0);
    expect(at('withdrawn').column).not.toBe(0);
    expect(Math.sign(at('returned').column)).not.toBe(Math.sign(at('withdrawn').column));
    expect(at('expired').column).toBe(at('returned').column);
  });

  it('marks resubmission and sending back as backward arrows and re-routing as a loop', () => {
    const layout = layoutDiagram(berkas, labelOf(berkas));
    const kind = (from: string, command: string, to: string) =>
      layout.edges.find((e) => e.from === from && e.command === command && e.to === to)?.kind;
    expect(kind('returned', 'resubmit', 'verification')).toBe('back');
    expect(kind('initials', 'send_back', 'processing')).toBe('back');
    expect(kind('processing', 'redispose', 'processing')).toBe('self');
    expect(kind('verification', 'verify_complete', 'disposition')).toBe('forward');
  });

  it('wraps long labels at spaces', () => {
    expect(wrapLabel('Dikembalikan, menunggu kelengkapan', 20)).toEqual([
      'Dikembalikan,',
      'menunggu kelengkapan',
    ]);
    expect(wrapLabel('Paraf')).toEqual(['Paraf']);
  });
});
