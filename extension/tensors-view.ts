// The Tensors view (Explorer): the active tnb notebook's live tensors and modules' parameters with shape, dtype,
// requires_grad and the norm of .grad, refreshed when the kernel goes idle (after each cell); selecting one opens its tensor view (PyTorch's
// text, value and grad heatmaps, grad_fn graph: the notebook renderer itself, in a webview panel).
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { TENSOR_MIME, type TensorPayload, type VariableInfo } from '../kernel/protocol';
import type { TnbController } from './controller';
import { NOTEBOOK_TYPE } from './serializer';

export const VIEW_ID = 'tnb.tensors';

const fmt = (v: number): string => (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : String(Number(v.toPrecision(4))));

/** The description of a row: `[3, 3, 3] float32 · requires_grad · grad ‖5.196‖`. */
export function describeVariable(v: VariableInfo): string {
  const parts = [`[${v.shape.join(', ')}] ${v.dtype.replace('torch.', '')}`];
  if (v.grad_fn) parts.push(v.grad_fn);
  else if (v.requires_grad) parts.push('requires_grad');
  if (v.gradNorm !== null) parts.push(`grad ‖${fmt(v.gradNorm)}‖`);
  return parts.join(' · ');
}

class Row extends vscode.TreeItem {
  constructor(readonly notebook: vscode.NotebookDocument, readonly v: VariableInfo) {
    super(v.name, vscode.TreeItemCollapsibleState.None);
    this.description = describeVariable(v);
    this.tooltip = `${v.name}: shape [${v.shape.join(', ')}], ${v.dtype}, requires_grad=${v.requires_grad ? 'True' : 'False'}`
      + (v.grad_fn ? `, grad_fn=<${v.grad_fn}>` : '') + (v.gradNorm !== null ? `\n.grad norm ${v.gradNorm}` : v.requires_grad && v.is_leaf ? '\nno .grad yet' : '');
    this.iconPath = new vscode.ThemeIcon(v.gradNorm !== null ? 'symbol-event' : 'symbol-array');
    this.contextValue = 'tnbTensor';
    this.command = { command: 'tnb.showTensor', title: 'Show Tensor', arguments: [notebook.uri, v.name] };
  }
}

export class TensorsView implements vscode.TreeDataProvider<Row>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly view: vscode.TreeView<Row>;
  private readonly disposables: vscode.Disposable[] = [];
  private panel: vscode.WebviewPanel | undefined;

  constructor(private readonly ctrl: TnbController, private readonly context: vscode.ExtensionContext) {
    this.view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: this });
    this.disposables.push(this.view, this.changed,
      // a kernel goes idle after each cell (and after start or restart), dead when it stops: one refresh each
      ctrl.onDidChangeState(({ state }) => { if (state !== 'busy') this.changed.fire(); }),
      vscode.window.onDidChangeActiveNotebookEditor(() => this.changed.fire()),
      vscode.commands.registerCommand('tnb.refreshTensors', () => this.changed.fire()),
      vscode.commands.registerCommand('tnb.showTensor', (uri: vscode.Uri, name: string) => this.show(uri, name)));
  }

  getTreeItem(row: Row): vscode.TreeItem { return row; }

  async getChildren(parent?: Row): Promise<Row[]> {
    if (parent) return [];
    const notebook = vscode.window.activeNotebookEditor?.notebook;
    if (!notebook || notebook.notebookType !== NOTEBOOK_TYPE) { this.view.message = 'Open a tnb notebook to see its tensors.'; return []; }
    const session = this.ctrl.session(notebook);
    const state = this.ctrl.state(notebook);
    if (!session || state === 'none' || state === 'dead' || state === 'disposed') { this.view.message = 'Run a cell to start the kernel.'; return []; }
    if (state === 'busy') { this.view.message = 'The kernel is running a cell…'; return []; }
    const vars = await session.variables().catch(() => [] as VariableInfo[]);
    this.view.message = vars.length === 0 ? 'No tensors are bound to names yet.' : undefined;
    return vars.map((v) => new Row(notebook, v));
  }

  private async show(uri: vscode.Uri, name: string): Promise<void> {
    const notebook = vscode.workspace.notebookDocuments.find((nb) => nb.uri.toString() === uri.toString());
    if (!notebook) return;
    const r = await this.ctrl.inspect(notebook, name);
    if (!r || r.kind !== 'tensor') { void vscode.window.showInformationMessage(`tnb: ${name} is not available in the kernel now.`); return; }
    const dist = vscode.Uri.joinPath(this.context.extensionUri, 'dist');
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel('tnb.tensor', name, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
        { enableScripts: true, localResourceRoots: [dist] });
      this.panel.onDidDispose(() => { this.panel = undefined; });
    }
    this.panel.title = `${name} · tnb`;
    this.panel.webview.html = tensorPage(this.panel.webview, vscode.Uri.joinPath(dist, 'renderer.js'), r.tensor);
    this.panel.reveal(undefined, true);
  }

  dispose(): void { for (const d of this.disposables) d.dispose(); this.panel?.dispose(); }
}

/** The webview page: the renderer module renders the payload (embedded as JSON, `<` escaped). */
function tensorPage(webview: vscode.Webview, renderer: vscode.Uri, payload: TensorPayload): string {
  const nonce = randomBytes(16).toString('hex');
  const json = JSON.stringify(payload).replace(/</g, '\\u003c');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-${nonce}' ${webview.cspSource}; style-src 'unsafe-inline'; img-src data:">
</head><body style="color: var(--vscode-editor-foreground)"><div id="out"></div>
<script type="application/json" id="payload">${json}</script>
<script type="module" nonce="${nonce}">
import { activate } from '${webview.asWebviewUri(renderer).toString()}';
const data = JSON.parse(document.getElementById('payload').textContent);
activate({}).renderOutputItem({ mime: ${JSON.stringify(TENSOR_MIME)}, json: () => data }, document.getElementById('out'));
</script></body></html>`;
}
