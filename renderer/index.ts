// The notebook renderer (browser ESM, loaded by VS Code in the output webview): a pure function of an output's
// JSON to DOM. Today it shows the printed text of a tensor output in a <pre>, and a grad_fn graph as an indented
// list; the tensor view with heatmaps and the interactive graph view come with the renderer issue. Text goes in through textContent, never innerHTML.

import type { ActivationFunction, OutputItem } from 'vscode-notebook-renderer';
import type { GraphPayload, TensorPayload } from '../kernel/protocol';

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
  const pre = document.createElement('pre');
  pre.className = 'tnb-tensor-text';
  pre.style.margin = '0';
  pre.style.fontFamily = 'var(--vscode-editor-font-family, monospace)';
  pre.style.fontSize = 'var(--vscode-editor-font-size, 13px)';
  pre.textContent = payload.text;
  return pre;
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
