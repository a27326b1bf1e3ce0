// The notebook renderer (browser ESM, loaded by VS Code in the output webview): a pure function of an output's
// JSON to DOM: a tensor's printed text with heatmaps of its value and gradient (renderer/heatmap.ts), and the grad_fn
// graph laid out by dagre (renderer/graph.ts). Text goes in through textContent, never
// innerHTML.

import type { ActivationFunction, OutputItem } from 'vscode-notebook-renderer';
import type { GraphPayload, TensorPayload } from '../kernel/protocol';
import { graphView } from './graph';
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
  if (isGraph(payload)) return graphView(payload);
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
  if (shape.length === 0 || !payload.sample || !payload.stats) {
    if (payload.graph && payload.graph.nodes.length > 0) root.append(graphView(payload.graph));
    return root;
  }
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
  if (payload.graph && payload.graph.nodes.length > 0) root.append(graphView(payload.graph));
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

function hasText(payload: unknown): payload is TensorPayload {
  return typeof payload === 'object' && payload !== null && typeof (payload as { text?: unknown }).text === 'string';
}

function note(message: string): HTMLElement {
  const div = document.createElement('div');
  div.style.color = 'var(--vscode-descriptionForeground)';
  div.textContent = message;
  return div;
}
