// The notebook renderer (browser ESM, loaded by VS Code in the output webview): a pure function of an output's
// JSON to DOM: a tensor's printed text with heatmaps of its value and gradient (renderer/heatmap.ts), and a grad_fn
// graph as an indented list (the interactive graph view comes next). Text goes in through textContent, never
// innerHTML.

import type { ActivationFunction, OutputItem } from 'vscode-notebook-renderer';
import type { GraphPayload, TensorPayload } from '../kernel/protocol';
import { heatmap } from './heatmap';

export const activate: ActivationFunction = () => ({
  renderOutputItem(item: OutputItem, element: HTMLElement): void {
    element.replaceChildren(render(item));
  },
});

function render(item: OutputItem): HTMLElement {
  let payload: unknown;
  try {
    payload = item.json();
  } catch (e) {
    return note(`tnb: this ${item.mime} output is not valid JSON (${(e as Error).message})`);
  }
  if (isGraph(payload)) return graphText(payload);
  if (!hasText(payload)) return note(`tnb: this ${item.mime} output has no text to show`);
  return tensorView(payload);
}

/** PyTorch's text always; for tensors with values and at least one dimension, heatmaps of the value and the grad. */
export function tensorView(payload: TensorPayload): HTMLElement {
  const root = document.createElement('div');
  root.className = 'tnb-tensor';
  const pre = document.createElement('pre');
  pre.className = 'tnb-tensor-text';
  pre.style.margin = '0';
  pre.style.fontFamily = 'var(--vscode-editor-font-family, monospace)';
  pre.style.fontSize = 'var(--vscode-editor-font-size, 13px)';
  pre.textContent = payload.text;
  root.append(pre);
  const shape = Array.isArray(payload.shape) ? payload.shape : [];
  if (shape.length === 0 || !payload.sample || !payload.stats) return root;
  const name = payload.name ?? 'x';
  const maps = document.createElement('div');
  maps.className = 'tnb-heatmaps';
  maps.style.marginTop = '6px';
  const value = heatmap(payload, { title: `value ${shapeText(shape)} · ${payload.dtype}`, kind: 'sequential', name });
  maps.append(value);
  if (payload.grad && payload.grad.sample) {
    const grad = heatmap(payload.grad, { title: `.grad ${shapeText(payload.grad.shape)} (centred at 0)`, kind: 'diverging', name: `${name}.grad` });
    maps.append(grad);
    root.append(toggle({ value, grad }));
  }
  root.append(maps);
  return root;
}

function shapeText(shape: readonly number[]): string {
  return `[${shape.join(', ')}]`;
}

/** Value / grad / both: which heatmaps show. */
function toggle(views: { value: HTMLElement; grad: HTMLElement }): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'tnb-heatmap-toggle';
  bar.style.marginTop = '6px';
  bar.style.fontSize = '11px';
  const modes: [string, boolean, boolean][] = [['both', true, true], ['value', true, false], ['grad', false, true]];
  const buttons = modes.map(([label, v, g]) => {
    const b = document.createElement('button');
    b.textContent = label;
    b.className = 'tnb-toggle-' + label;
    b.addEventListener('click', () => {
      views.value.style.display = v ? 'inline-block' : 'none';
      views.grad.style.display = g ? 'inline-block' : 'none';
      for (const other of buttons) other.style.fontWeight = other === b ? 'bold' : 'normal';
    });
    return b;
  });
  buttons[0].style.fontWeight = 'bold';
  bar.append(...buttons);
  return bar;
}

function isGraph(payload: unknown): payload is GraphPayload {
  return typeof payload === 'object' && payload !== null && Array.isArray((payload as { nodes?: unknown }).nodes)
    && Array.isArray((payload as { edges?: unknown }).edges);
}

/** The grad_fn graph as an indented list (root first) until the graph view of the renderer issue. */
function graphText(g: GraphPayload): HTMLElement {
  const byId = new Map(g.nodes.map((n) => [n.id, n]));
  const children = new Map<number, number[]>();
  for (const e of g.edges) children.set(e.from, [...(children.get(e.from) ?? []), e.to]);
  const lines: string[] = [];
  const walk = (id: number, depth: number, seen: Set<number>): void => {
    const n = byId.get(id);
    if (!n) return;
    const label = n.label ? ` (${n.label})` : '';
    lines.push(`${'  '.repeat(depth)}${n.name}${label}${seen.has(id) ? ' …' : ''}`);
    if (seen.has(id) || depth > 50) return;
    const next = new Set(seen).add(id);
    for (const c of children.get(id) ?? []) walk(c, depth + 1, next);
  };
  walk(g.root, 0, new Set());
  const pre = document.createElement('pre');
  pre.className = 'tnb-graph-text';
  pre.style.margin = '0';
  pre.style.fontFamily = 'var(--vscode-editor-font-family, monospace)';
  pre.textContent = lines.join('\n') + (g.truncated ? '\n…' : '');
  return pre;
}

function hasText(payload: unknown): payload is TensorPayload {
  return typeof payload === 'object' && payload !== null && typeof (payload as { text?: unknown }).text === 'string';
}

function note(message: string): HTMLElement {
  const div = document.createElement('div');
  div.style.color = 'var(--vscode-descriptionForeground)';
  div.textContent = message;
  return div;
}
