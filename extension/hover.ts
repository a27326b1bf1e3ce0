// Hovers in tnb cells: hovering a name or attribute chain (`x`, `x.grad`, `model.fc1.weight`, `y.grad_fn`) asks the
// notebook's live kernel, which resolves it without running user code (kernel/python/tnb_kernel.py `inspect`). A
// tensor shows PyTorch's one-line summary, value statistics, the same for .grad (or why there is none), small
// heatmaps of both, the first nodes of its grad_fn chain and its version counter; other values a truncated repr.
// While a cell runs the hover says the kernel is busy instead of waiting for it.
import * as vscode from 'vscode';
import type { TnbController } from './controller';
import { escapeMd, expressionAt, hoverMarkdown } from './hover-text';
import { NOTEBOOK_TYPE } from './serializer';

export class TensorHoverProvider implements vscode.HoverProvider {
  constructor(private readonly ctrl: TnbController) {}

  static register(ctrl: TnbController): vscode.Disposable {
    return vscode.languages.registerHoverProvider({ notebookType: NOTEBOOK_TYPE, language: 'python' }, new TensorHoverProvider(ctrl));
  }

  async provideHover(document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken): Promise<vscode.Hover | undefined> {
    const at = expressionAt(document.lineAt(position.line).text, position.character);
    if (!at) return undefined;
    const notebook = vscode.workspace.notebookDocuments.find((nb) => nb.notebookType === NOTEBOOK_TYPE && nb.getCells().some((c) => c.document === document));
    if (!notebook) return undefined;
    const range = new vscode.Range(position.line, at.start, position.line, at.end);
    const state = this.ctrl.state(notebook);
    if (state === 'busy') {
      return new vscode.Hover(new vscode.MarkdownString(`**${escapeMd(at.expression)}** — the tnb kernel is busy running a cell; hover again when it finishes`), range);
    }
    if (state !== 'idle') return undefined;   // not started, starting, stopped: nothing to ask
    const r = await Promise.race([this.ctrl.inspect(notebook, at.expression), new Promise<undefined>((ok) => setTimeout(() => ok(undefined), 2000))]);
    if (!r || token.isCancellationRequested) return undefined;
    if (r.kind === 'unavailable' && /is not defined$/.test(r.reason)) return undefined;   // leave other names to Python's hovers
    return new vscode.Hover(new vscode.MarkdownString(hoverMarkdown(r)), range);
  }
}
