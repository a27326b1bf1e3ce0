// The notebook renderer (browser ESM, loaded by VS Code in the output webview): a pure function of an output's
// JSON to DOM. Today it shows the printed text of a tensor output in a <pre>; the tensor view with heatmaps and
// the grad_fn graph view come with the renderer issue. Text goes in through textContent, never innerHTML.

import type { ActivationFunction, OutputItem } from 'vscode-notebook-renderer';
import type { TensorPayload } from '../kernel/protocol';

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
  if (!hasText(payload)) return note(`tnb: this ${item.mime} output has no text to show`);
  const pre = document.createElement('pre');
  pre.className = 'tnb-tensor-text';
  pre.style.margin = '0';
  pre.style.fontFamily = 'var(--vscode-editor-font-family, monospace)';
  pre.style.fontSize = 'var(--vscode-editor-font-size, 13px)';
  pre.textContent = payload.text;
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
