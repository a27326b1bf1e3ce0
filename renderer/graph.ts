// The grad_fn graph view: the backward DAG (renderer/graph-layout.ts: repeated structure collapsed by source line,
// laid out by dagre), drawn as SVG with pan (drag) and zoom (Ctrl+wheel, buttons). Nodes show PyTorch's names; AccumulateGrad
// leaves their variable name and shape; edges the shape of the gradient flowing along them; nodes whose saved
// tensors were freed by a backward are drawn dashed. Clicking a node shows where it was created and its saved
// tensors; with the notebook's kernel running, their values and the gradient that flowed into the node, with
// heatmaps (asked through renderer messaging). Clicking a group lists it and offers to expand it.
// Every string reaches the DOM through textContent (SVG <text> and <title> included).
import type { GraphNode, GraphPayload, NodeDetails, TensorPreview } from '../kernel/protocol';
import { ask, canAsk, type Messenger } from './ask';
import { EXPAND_STEP, layoutGraph, siteText, viewOf, type ViewNode } from './graph-layout';
import { heatmap } from './heatmap';

const SVG = 'http://www.w3.org/2000/svg';
const MAX_HEIGHT = 480;
const DETAIL_SAMPLE = 4096;

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

function div(className: string, text?: string): HTMLDivElement {
  const d = document.createElement('div');
  d.className = className;
  if (text !== undefined) d.textContent = text;
  return d;
}

let markerCount = 0;

export function graphView(g: GraphPayload, m?: Messenger): HTMLElement {
  const root = div('tnb-graph');
  root.style.marginTop = '6px';
  const expanded = new Map<number, number>();   // group site -> members shown one by one
  const bar = div('tnb-graph-bar');
  bar.style.fontSize = '11px';
  bar.style.color = 'var(--vscode-descriptionForeground)';
  bar.style.margin = '2px 0';
  const box = svg('svg', { width: '100%', class: 'tnb-graph-svg' });
  box.style.border = '1px solid var(--vscode-panel-border, #8884)';
  box.style.cursor = 'grab';
  box.style.display = 'block';
  const details = div('tnb-graph-details');
  details.style.fontFamily = 'var(--vscode-editor-font-family, monospace)';
  details.style.fontSize = '12px';
  details.style.marginTop = '4px';
  details.style.minHeight = '1.4em';
  const live = canAsk(m) && typeof g.handle === 'number' && !!g.kernel;
  const markerId = `tnb-arrow-${++markerCount}`;

  let scale = 1, tx = 0, ty = 0;
  let view: SVGGElement = svg('g', {});
  const apply = (): void => view.setAttribute('transform', `translate(${tx}, ${ty}) scale(${scale})`);

  const draw = (): void => {
    const v = viewOf(g, expanded);
    const pos = layoutGraph(v);
    box.replaceChildren();
    box.setAttribute('height', String(Math.min(Math.max(pos.height + 4, 60), MAX_HEIGHT)));
    const muted = 'var(--vscode-descriptionForeground, #999)';
    const fg = 'var(--vscode-editor-foreground, #ccc)';
    const defs = svg('defs', {});
    const marker = svg('marker', { id: markerId, viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 6, markerHeight: 6, orient: 'auto-start-reverse' });
    marker.append(svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill: muted }));
    defs.append(marker);
    box.append(defs);
    view = svg('g', {});
    box.append(view);
    apply();
    for (const e of pos.edges) {
      if (e.points.length < 2) continue;
      const d = e.points.map((p, i) => `${i === 0 ? 'M' : 'L'} ${p.x} ${p.y}`).join(' ');
      view.append(svg('path', { d, fill: 'none', stroke: muted, 'stroke-width': 1, 'marker-end': `url(#${markerId})`, class: 'tnb-graph-edge' }));
      const mid = e.points[Math.floor(e.points.length / 2)];
      const t = svg('text', { x: mid.x + 4, y: mid.y, 'font-size': 10, fill: muted, class: 'tnb-graph-edge-shape' });
      const outs = e.outputs.length > 0 ? ` → output ${[...e.outputs].sort((a, b) => a - b).join(', ')}` : '';
      t.textContent = `[${e.shape.join(', ')}]` + (e.count > 1 ? ` ×${e.count}` : '') + outs;
      view.append(t);
    }
    for (const p of pos.nodes) {
      const n = p.view;
      const first = n.members[0];
      const leaf = !n.group && first.name === 'AccumulateGrad';
      const group = svg('g', { class: n.group ? 'tnb-graph-group' : 'tnb-graph-node', 'data-name': n.group ? 'group' : first.name,
        'data-key': n.key, transform: `translate(${p.x - p.w / 2}, ${p.y - p.h / 2})` });
      group.style.cursor = 'pointer';
      // Only colours every theme defines (light, dark, high contrast): a leaf differs by its blue, thicker border.
      const fill = n.group ? 'var(--vscode-editor-inactiveSelectionBackground, #3a3d41)' : 'var(--vscode-editorWidget-background, #252526)';
      const rect = svg('rect', { width: p.w, height: p.h, rx: n.group ? 8 : 4, fill, 'stroke-width': n.group || leaf ? 2 : 1,
        stroke: n.key === v.root ? 'var(--vscode-focusBorder, #07f)' : leaf ? 'var(--vscode-editorInfo-foreground, #3794ff)' : fg });
      if (!n.group && first.released) rect.setAttribute('stroke-dasharray', '4 3');
      const tip = svg('title', {});
      tip.textContent = n.site ? `created at ${siteText(n.site)}` : n.title;
      const title = svg('text', { x: p.w / 2, y: 16, 'text-anchor': 'middle', 'font-size': 12, fill: fg });
      title.textContent = n.title;
      group.append(tip, rect, title);
      if (n.subtitle) {
        const st = svg('text', { x: p.w / 2, y: 31, 'text-anchor': 'middle', 'font-size': 10, fill: muted });
        st.textContent = n.subtitle;
        group.append(st);
      }
      group.addEventListener('click', (ev) => {
        ev.stopPropagation();
        for (const other of view.querySelectorAll('.tnb-selected')) other.classList.remove('tnb-selected');
        group.classList.add('tnb-selected');
        if (n.group) showGroup(n);
        else void showNode(first);
      });
      view.append(group);
    }
    bar.replaceChildren(...zoomButtons());
    const count = `${g.nodes.length} node${g.nodes.length === 1 ? '' : 's'}`;
    const groups = v.nodes.filter((n) => n.group).length;
    if (v.groupable.length > 0) {
      const text = document.createElement('span');
      text.textContent = `${count}; Ctrl+wheel to zoom; repeated structure is grouped by the line that created it (${groups} group${groups === 1 ? '' : 's'}: click one to open it)`;
      bar.append(text);
      if (expanded.size > 0) {
        const all = document.createElement('button');
        all.className = 'tnb-graph-collapse';
        all.textContent = 'collapse all';
        all.style.marginLeft = '8px';
        all.addEventListener('click', () => { expanded.clear(); details.replaceChildren(); draw(); });
        bar.append(all);
      }
    } else {
      const text = document.createElement('span');
      text.textContent = `${count} · drag to pan, Ctrl+wheel to zoom, click a node for its saved tensors${live ? ' and gradient' : ''}`;
      bar.append(text);
    }
  };

  const zoomButtons = (): HTMLElement[] => ([['+', 'zoom in', () => zoom(1.25)], ['−', 'zoom out', () => zoom(0.8)],
    ['1:1', 'reset zoom and position', () => { scale = 1; tx = 0; ty = 0; apply(); }]] as const).map(([label, title, act]) => {
    const b = document.createElement('button');
    b.className = 'tnb-graph-zoom';
    b.textContent = label;
    b.title = title;
    b.style.marginRight = '4px';
    b.addEventListener('click', act);
    return b;
  });

  const showGroup = (n: ViewNode): void => {
    details.replaceChildren();
    const head = div('tnb-node-title', `${n.members.length} nodes created at ${n.site ? siteText(n.site) : 'the same line'}`);
    head.style.fontWeight = 'bold';
    const names = new Map<string, number>();
    for (const mb of n.members) names.set(mb.name, (names.get(mb.name) ?? 0) + 1);
    const list = div('tnb-node-members', [...names].map(([name, c]) => `${c} × ${name}`).join(', '));
    const expand = document.createElement('button');
    expand.className = 'tnb-graph-expand';
    const step = n.members.length <= EXPAND_STEP * 1.5 ? n.members.length : EXPAND_STEP;
    expand.textContent = step === n.members.length ? `expand these ${step} nodes` : `show ${step} of these ${n.members.length} nodes (closest to the output first)`;
    expand.addEventListener('click', () => {
      const s = n.members[0].site;
      if (typeof s === 'number') expanded.set(s, (expanded.get(s) ?? 0) + step);
      details.replaceChildren();
      draw();
    });
    details.append(head, list, expand);
  };

  let showing = 0;
  const showNode = async (n: GraphNode): Promise<void> => {
    const token = ++showing;
    details.replaceChildren();
    const leaf = n.name === 'AccumulateGrad';
    const head = div('tnb-node-title', leaf ? `AccumulateGrad: the leaf ${n.label ?? 'tensor'}${n.shape ? ` [${n.shape.join(', ')}]` : ''} — its .grad receives the gradient`
      : nodeHeading(n, g));
    head.style.fontWeight = 'bold';
    details.append(head);
    const staticInfo = div('tnb-node-static', n.saved.length > 0 ? `saved: ${n.saved.map((s) => `${s.name} ${s.dtype} [${s.shape.join(', ')}]`).join(', ')}`
      : n.released ? 'its saved tensors were freed by backward (use retain_graph=True to keep them)' : leaf ? '' : 'saves no tensors');
    if (staticInfo.textContent) details.append(staticInfo);
    if (!live || !m) {
      details.append(div('tnb-node-note', 'run the cell to inspect the values: this output is not connected to a running kernel'));
      return;
    }
    const status = div('tnb-node-status', 'asking the kernel…');
    details.append(status);
    const r = await ask(m, { type: 'node', kernel: g.kernel as string, handle: g.handle as number, node: n.id, sampleLimit: DETAIL_SAMPLE });
    if (token !== showing) return;
    if (!r.ok || !r.result) {
      status.textContent = r.ok ? 'the kernel no longer holds this graph (restarted, or displayed too long ago); run the cell again' : `not available: ${r.error}`;
      return;
    }
    status.remove();
    details.append(nodeDetailsView(r.result as NodeDetails));
  };

  // pan and zoom
  let drag: { x: number; y: number } | null = null;
  // Ctrl/Cmd + wheel zooms; a plain wheel is left to the notebook, which scrolls (a graph never traps the scroll).
  const zoom = (f: number): void => { scale = Math.min(4, Math.max(0.1, scale * f)); apply(); };
  box.addEventListener('wheel', (ev) => {
    if (!ev.ctrlKey && !ev.metaKey) return;
    ev.preventDefault();
    zoom(ev.deltaY < 0 ? 1.1 : 1 / 1.1);
  }, { passive: false });
  box.addEventListener('mousedown', (ev) => { drag = { x: ev.clientX - tx, y: ev.clientY - ty }; });
  box.addEventListener('mousemove', (ev) => { if (drag) { tx = ev.clientX - drag.x; ty = ev.clientY - drag.y; apply(); } });
  const stop = (): void => { drag = null; };
  box.addEventListener('mouseup', stop);
  box.addEventListener('mouseleave', stop);

  draw();
  root.append(bar, box, details);
  if (g.truncated) root.append(div('tnb-graph-truncated', `the graph has more than ${g.nodes.length} nodes; the first ${g.nodes.length} are shown`));
  return root;
}

function nodeHeading(n: GraphNode, g: GraphPayload): string {
  const site = n.site !== undefined && n.site !== null ? g.sites?.[n.site] : undefined;
  return site ? `${n.name}, created at ${siteText(site)}` : n.name;
}

/** What the kernel said about a node: saved tensors, the gradient that flowed into it, the leaf's value. */
export function nodeDetailsView(d: NodeDetails): HTMLElement {
  const root = div('tnb-node-details');
  const section = (title: string, t: TensorPreview, kind: 'sequential' | 'diverging', name: string, cls: string): HTMLElement => {
    const s = div(cls);
    s.style.marginTop = '6px';
    const h = div('tnb-node-section', title);
    h.style.color = 'var(--vscode-descriptionForeground)';
    const pre = document.createElement('pre');
    pre.className = 'tnb-node-text';
    pre.style.margin = '2px 0';
    pre.textContent = t.text;
    s.append(h, pre);
    if (t.shape.length > 0 && t.sample && t.stats) s.append(heatmap(t, { title: `${name} [${t.shape.join(', ')}]`, kind, name }));
    return s;
  };
  if (d.variable) root.append(section(`the leaf ${d.label ?? ''}`.trimEnd(), d.variable, 'sequential', d.label ?? 'leaf', 'tnb-node-variable'));
  for (const s of d.saved) root.append(section(`saved tensor ${s.name} (${s.tensor.dtype})`, s.tensor, 'sequential', s.name, 'tnb-node-saved'));
  if (d.released) root.append(div('tnb-node-released', 'saved tensors: freed by backward (use retain_graph=True to keep them)'));
  if (d.outputGrads) {
    d.outputGrads.forEach((g, i) => {
      if (g) root.append(section(`gradient that flowed into output ${i} in the last backward`, g, 'diverging', `grad ${i}`, 'tnb-node-grad'));
      else root.append(div('tnb-node-grad-note', `output ${i}: no gradient reached it in the last backward (taken as zeros)`));
    });
  } else if (d.grad) {
    root.append(section(d.variable ? 'gradient that flowed into it in the last backward (added to .grad)'
      : 'gradient that flowed into this node in the last backward (with respect to its output)', d.grad, 'diverging', 'grad', 'tnb-node-grad'));
  } else if (d.gradNote) {
    const note = div('tnb-node-grad-note', d.gradNote);
    note.style.color = 'var(--vscode-descriptionForeground)';
    note.style.marginTop = '6px';
    root.append(note);
  }
  return root;
}
