// The grad_fn graph view: the backward DAG laid out by dagre (@dagrejs/dagre, top to bottom from the output's
// node to the leaves), drawn as SVG with pan (drag) and zoom (wheel). Nodes show PyTorch's names; AccumulateGrad
// leaves their variable name and shape; edges the shape of the gradient flowing along them; nodes whose saved
// tensors were freed by a backward are drawn dashed. Clicking a node lists its saved tensors.
// Every string reaches the DOM through textContent (SVG <text> included).
import dagre from '@dagrejs/dagre';
import type { GraphNode, GraphPayload } from '../kernel/protocol';

const SVG = 'http://www.w3.org/2000/svg';

export interface PositionedGraph {
  width: number;
  height: number;
  nodes: { node: GraphNode; x: number; y: number; w: number; h: number }[];
  edges: { from: number; to: number; shape: number[]; points: { x: number; y: number }[] }[];
}

function nodeLabel(n: GraphNode): string {
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
function subtitle(n: GraphNode): string {
  if (n.name === 'AccumulateGrad' && n.shape) return `[${n.shape.join(', ')}]`;
  if (n.saved.length > 0) return `saved: ${n.saved.map((s) => `${s.name}[${s.shape.join(', ')}]`).join(' ')}`;
  return n.released ? 'saved tensors freed' : '';
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

export function graphView(g: GraphPayload): HTMLElement {
  const root = document.createElement('div');
  root.className = 'tnb-graph';
  const pos = layoutGraph(g);
  const height = Math.min(Math.max(pos.height, 60), 420);
  const box = svg('svg', { width: '100%', height, class: 'tnb-graph-svg' });
  (box as SVGElement).style.border = '1px solid var(--vscode-panel-border, #8884)';
  (box as SVGElement).style.cursor = 'grab';
  const view = svg('g', {});
  box.append(view);
  const fg = 'var(--vscode-editor-foreground, #ccc)';
  const muted = 'var(--vscode-descriptionForeground, #999)';
  const defs = svg('defs', {});
  const marker = svg('marker', { id: 'tnb-arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
  marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: muted }));
  defs.append(marker);
  box.append(defs);
  for (const e of pos.edges) {
    if (e.points.length < 2) continue;
    const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
    view.append(svg('path', { d, fill: 'none', stroke: muted, 'stroke-width': 1, 'marker-end': 'url(#tnb-arrow)', class: 'tnb-graph-edge' }));
    const mid = e.points[Math.floor(e.points.length / 2)];
    const t = svg('text', { x: mid.x + 4, y: mid.y, 'font-size': 10, fill: muted, class: 'tnb-graph-edge-shape' });
    t.textContent = `[${e.shape.join(', ')}]`;
    view.append(t);
  }
  const details = document.createElement('div');
  details.className = 'tnb-graph-details';
  details.style.fontFamily = 'var(--vscode-editor-font-family, monospace)';
  details.style.fontSize = '11px';
  details.style.minHeight = '1.4em';
  for (const p of pos.nodes) {
    const n = p.node;
    const leaf = n.name === 'AccumulateGrad';
    const group = svg('g', { class: 'tnb-graph-node', 'data-name': n.name, transform: `translate(${p.x - p.w / 2}, ${p.y - p.h / 2})` });
    const rect = svg('rect', { width: p.w, height: p.h, rx: 4, fill: leaf ? 'var(--vscode-editorInfo-background, #2a3b4c)' : 'var(--vscode-editorWidget-background, #252526)',
      stroke: n.id === g.root ? 'var(--vscode-focusBorder, #07f)' : fg, 'stroke-width': 1 });
    if (n.released) rect.setAttribute('stroke-dasharray', '4 3');
    const title = svg('text', { x: p.w / 2, y: 16, 'text-anchor': 'middle', 'font-size': 12, fill: fg });
    title.textContent = nodeLabel(n);
    group.append(rect, title);
    const sub = subtitle(n);
    if (sub) {
      const st = svg('text', { x: p.w / 2, y: 31, 'text-anchor': 'middle', 'font-size': 10, fill: muted });
      st.textContent = sub.length > 48 ? sub.slice(0, 47) + '…' : sub;
      group.append(st);
    }
    group.addEventListener('click', () => {
      details.textContent = `${nodeLabel(n)}: ` + (n.saved.length > 0 ? n.saved.map((s) => `${s.name} ${s.dtype} [${s.shape.join(', ')}]`).join(', ')
        : n.released ? 'its saved tensors were freed by backward (use retain_graph=True to keep them)' : leaf ? 'the leaf whose .grad receives the gradient' : 'saves no tensors');
    });
    view.append(group);
  }
  // pan and zoom
  let scale = 1, tx = 0, ty = 0, drag: { x: number; y: number } | null = null;
  const apply = (): void => view.setAttribute('transform', `translate(${tx}, ${ty}) scale(${scale})`);
  box.addEventListener('wheel', (ev) => {
    ev.preventDefault();
    const f = ev.deltaY < 0 ? 1.1 : 1 / 1.1;
    scale = Math.min(4, Math.max(0.1, scale * f));
    apply();
  }, { passive: false });
  box.addEventListener('mousedown', (ev) => { drag = { x: ev.clientX - tx, y: ev.clientY - ty }; });
  box.addEventListener('mousemove', (ev) => { if (drag) { tx = ev.clientX - drag.x; ty = ev.clientY - drag.y; apply(); } });
  const stop = (): void => { drag = null; };
  box.addEventListener('mouseup', stop);
  box.addEventListener('mouseleave', stop);
  root.append(box, details);
  if (g.truncated) {
    const note = document.createElement('div');
    note.textContent = `the graph has more than ${g.nodes.length} nodes; the first ${g.nodes.length} are shown`;
    root.append(note);
  }
  return root;
}
