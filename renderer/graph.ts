// The grad_fn graph view: the backward DAG laid out by dagre (renderer/graph-layout.ts), drawn as SVG with pan
// (drag) and zoom (wheel). Nodes show PyTorch's names; AccumulateGrad leaves their variable name and shape; edges the
// shape of the gradient flowing along them; nodes whose saved tensors were freed by a backward are drawn dashed.
// Clicking a node lists its saved tensors. Every string reaches the DOM through textContent (SVG <text> included).
import type { GraphPayload } from '../kernel/protocol';
import { layoutGraph, nodeLabel, subtitle } from './graph-layout';

const SVG = 'http://www.w3.org/2000/svg';

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
