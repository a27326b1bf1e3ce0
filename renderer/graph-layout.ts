// Layout of the grad_fn graph view (no DOM, so it is unit-tested and timed under node): dagre (@dagrejs/dagre)
// places the backward DAG top to bottom, from the output's node to the leaves.
import dagre from '@dagrejs/dagre';
import type { GraphNode, GraphPayload } from '../kernel/protocol';

export interface PositionedGraph {
  width: number;
  height: number;
  nodes: { node: GraphNode; x: number; y: number; w: number; h: number }[];
  edges: { from: number; to: number; shape: number[]; points: { x: number; y: number }[] }[];
}

export function nodeLabel(n: GraphNode): string {
  return n.label ? `${n.name} (${n.label})` : n.name;
}

/** Runs the layout: pure except for dagre, so it is measured and tested without a DOM. */
export function layoutGraph(g: GraphPayload): PositionedGraph {
  const dg = new dagre.graphlib.Graph({ multigraph: true });
  dg.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 36, marginx: 8, marginy: 8 });
  dg.setDefaultEdgeLabel(() => ({}));
  for (const n of g.nodes) {
    const w = Math.max(80, 7 * nodeLabel(n).length + 16, 6 * Math.min(48, subtitle(n).length) + 16);
    dg.setNode(String(n.id), { width: w, height: n.saved.length > 0 || n.shape ? 38 : 26 });
  }
  g.edges.forEach((e, i) => dg.setEdge(String(e.from), String(e.to), { label: '' }, String(i)));
  dagre.layout(dg);
  const info = dg.graph() as { width?: number; height?: number };
  return {
    width: info.width ?? 0,
    height: info.height ?? 0,
    nodes: g.nodes.map((node) => {
      const p = dg.node(String(node.id)) as { x: number; y: number; width: number; height: number };
      return { node, x: p.x, y: p.y, w: p.width, h: p.height };
    }),
    edges: g.edges.map((e, i) => {
      const p = dg.edge({ v: String(e.from), w: String(e.to), name: String(i) }) as { points?: { x: number; y: number }[] };
      return { from: e.from, to: e.to, shape: e.shape, points: p?.points ?? [] };
    }),
  };
}

/** The second line of a node: a leaf's shape, or the saved tensors (or that backward freed them). */
export function subtitle(n: GraphNode): string {
  if (n.name === 'AccumulateGrad' && n.shape) return `[${n.shape.join(', ')}]`;
  if (n.saved.length > 0) return `saved: ${n.saved.map((s) => `${s.name}[${s.shape.join(', ')}]`).join(' ')}`;
  return n.released ? 'saved tensors freed' : '';
}
