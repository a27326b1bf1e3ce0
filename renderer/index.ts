// The notebook renderer (browser ESM, loaded by VS Code in the output webview): a pure function of an output's
// JSON to DOM: a tensor's printed text with heatmaps of its value and gradient (renderer/heatmap.ts), and the grad_fn
// graph laid out by dagre (renderer/graph.ts). Text goes in through textContent, never
// innerHTML.

import type { ActivationFunction, OutputItem } from 'vscode-notebook-renderer';
import type { GraphPayload, TensorPayload } from '../kernel/protocol';
import { ask, canAsk, type Messenger } from './ask';
import { graphView } from './graph';
import { heatmap } from './heatmap';

export const activate: ActivationFunction = (ctx) => {
  const messenger = ctx as unknown as Messenger;
  return {
    renderOutputItem(item: OutputItem, element: HTMLElement): void {
      element.replaceChildren(render(item, messenger));
    },
  };
};

/** A downsampled tensor shown with a live kernel gets a button that fetches more of its values. */
function moreValues(root: HTMLElement, payload: TensorPayload, m: Messenger | undefined): void {
  const downsampled = payload.sample?.step.some((s) => s > 1);
  if (!downsampled || payload.handle === null || !payload.kernel || !canAsk(m)) return;
  if ((payload.sample?.values.length ?? 0) > MORE_VALUES / 2) return;   // already as many as the button would fetch
  const button = document.createElement('button');
  button.className = 'tnb-more-values';
  button.textContent = `show more values (up to ${MORE_VALUES})`;
  const status = document.createElement('span');
  status.className = 'tnb-more-status';
  status.style.marginLeft = '8px';
  status.style.fontSize = '11px';
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = 'asking the kernel…';
    const r = await ask(m, { type: 'tensor', kernel: payload.kernel as string, handle: payload.handle as number, sampleLimit: MORE_VALUES });
    if (r.ok && r.result && 'sample' in r.result) {
      root.replaceWith(tensorView(r.result as TensorPayload, m));
      return;
    }
    button.disabled = false;
    status.textContent = r.ok ? 'the kernel no longer holds this tensor; the saved picture stays' : `not available: ${r.error}`;
  });
  const bar = document.createElement('div');
  bar.style.marginTop = '4px';
  bar.append(button, status);
  root.append(bar);
}

const MORE_VALUES = 65536;

function render(item: OutputItem, m?: Messenger): HTMLElement {
  let payload: unknown;
  try {
    payload = item.json();
  } catch (e) {
    return note(`tnb: this ${item.mime} output is not valid JSON (${(e as Error).message})`);
  }
  if (isGraph(payload)) return graphView(payload, m);
  if (!hasText(payload)) return note(`tnb: this ${item.mime} output has no text to show`);
  return tensorView(payload, m);
}

/** PyTorch's text always; for tensors with values and at least one dimension, heatmaps of the value and the grad. */
export function tensorView(payload: TensorPayload, m?: Messenger): HTMLElement {
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
    if (payload.graph && payload.graph.nodes.length > 0) root.append(graphView(payload.graph, m));
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
  moreValues(root, payload, m);
  if (payload.graph && payload.graph.nodes.length > 0) root.append(graphView(payload.graph, m));
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
