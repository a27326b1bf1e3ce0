// Extension entry: the .tnb serializer, the notebook controller (kernel sessions), the kernel status bar item,
// renderer messaging, and the commands (new notebook, examples, restart/interrupt, export, import).

import * as vscode from 'vscode';
import { formatFromPath, readNotebook, writeNotebook, type NotebookFormatName } from '../kernel/format/convert';
import { TnbFormatError } from '../kernel/format/tnb';
import { TnbController } from './controller';
import { AutogradDiagnostics } from './diagnostics';
import { TensorHoverProvider } from './hover';
import { TensorsView } from './tensors-view';
import { registerRendererMessaging } from './messaging';
import { fromNotebookData, NOTEBOOK_TYPE, TnbSerializer } from './serializer';

let controller: TnbController | undefined;

export function activate(context: vscode.ExtensionContext): { controller: TnbController } {
  const ctrl = new TnbController(context);
  controller = ctrl;
  const status = vscode.window.createStatusBarItem('tnb.kernelState', vscode.StatusBarAlignment.Left, 100);
  status.name = 'tnb kernel';
  const showStatus = (): void => {
    const nb = vscode.window.activeNotebookEditor?.notebook;
    if (!nb || nb.notebookType !== NOTEBOOK_TYPE) { status.hide(); return; }
    const state = ctrl.state(nb);
    const icon = { none: '$(circle-outline)', starting: '$(sync~spin)', idle: '$(circle-filled)', busy: '$(loading~spin)', dead: '$(error)', disposed: '$(circle-outline)' }[state];
    const word = { none: 'not started', starting: 'starting', idle: 'idle', busy: 'busy', dead: 'stopped — click to restart', disposed: 'not started' }[state];
    status.text = `${icon} tnb: ${word}`;
    status.tooltip = state === 'idle' || state === 'busy' ? `tnb kernel (Pyodide + engine) — ${word}. Click to interrupt.` : `tnb kernel — ${word}`;
    status.command = state === 'dead' ? 'tnb.restartKernel' : state === 'busy' ? 'tnb.interruptKernel' : undefined;
    status.backgroundColor = state === 'dead' ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    status.show();
  };
  showStatus();

  context.subscriptions.push(
    ctrl,
    status,
    vscode.workspace.registerNotebookSerializer(NOTEBOOK_TYPE, new TnbSerializer(serializerSettings), TnbSerializer.options),
    ctrl.onDidChangeState(showStatus),
    vscode.window.onDidChangeActiveNotebookEditor(showStatus),
    registerRendererMessaging(ctrl),
    new AutogradDiagnostics(ctrl),
    TensorHoverProvider.register(ctrl),
    new TensorsView(ctrl, context),
    vscode.commands.registerCommand('tnb.newNotebook', newNotebook),
    vscode.commands.registerCommand('tnb.openExamples', () => openExamples(context)),
    vscode.commands.registerCommand('tnb.restartKernel', async (arg?: unknown) => {
      const nb = targetNotebook(arg);
      if (nb) { await ctrl.restart(nb); showStatus(); }
    }),
    vscode.commands.registerCommand('tnb.interruptKernel', (arg?: unknown) => {
      const nb = targetNotebook(arg);
      if (nb) ctrl.interrupt(nb);
    }),
    // A second argument (a Uri) exports there without asking (scripts and tests).
    vscode.commands.registerCommand('tnb.exportIpynb', (arg?: unknown, to?: unknown) => exportAs(targetNotebook(arg), 'ipynb', asUri(to))),
    vscode.commands.registerCommand('tnb.exportPy', (arg?: unknown, to?: unknown) => exportAs(targetNotebook(arg), 'py', asUri(to))),
    vscode.commands.registerCommand('tnb.importIpynb', (arg?: unknown) => importNotebook(arg instanceof vscode.Uri ? arg : undefined)),
  );
  return { controller: ctrl };
}

export function deactivate(): void {
  controller?.dispose();
  controller = undefined;
}

function serializerSettings(): { saveOutputs: boolean; maxOutputBytes: number } {
  const c = vscode.workspace.getConfiguration('tnb');
  return { saveOutputs: c.get<boolean>('saveOutputs', true), maxOutputBytes: c.get<number>('maxSavedOutputBytes', 1_000_000) };
}

/** The notebook a command acts on: the one given (toolbar passes it), else the active tnb notebook. */
function targetNotebook(arg: unknown): vscode.NotebookDocument | undefined {
  const given = (arg as { notebookEditor?: { notebookUri?: vscode.Uri } } | undefined)?.notebookEditor?.notebookUri
    ?? (arg instanceof vscode.Uri ? arg : undefined);
  if (given) return vscode.workspace.notebookDocuments.find((nb) => nb.uri.toString() === given.toString());
  const nb = vscode.window.activeNotebookEditor?.notebook;
  if (nb && nb.notebookType === NOTEBOOK_TYPE) return nb;
  void vscode.window.showInformationMessage('Open a tnb notebook first.');
  return undefined;
}

/** tnb: New Notebook — an untitled notebook with one Python cell, `import torch`. */
async function newNotebook(): Promise<void> {
  const cell = new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'import torch', 'python');
  const document = await vscode.workspace.openNotebookDocument(NOTEBOOK_TYPE, new vscode.NotebookData([cell]));
  await vscode.window.showNotebookDocument(document);
}

/** tnb: Open Examples — the example notebooks shipped with the extension, picked from a list. */
async function openExamples(context: vscode.ExtensionContext): Promise<void> {
  const dir = vscode.Uri.joinPath(context.extensionUri, 'examples');
  let entries: [string, vscode.FileType][] = [];
  try { entries = await vscode.workspace.fs.readDirectory(dir); } catch { /* none shipped */ }
  const names = entries.filter(([n, t]) => t === vscode.FileType.File && n.endsWith('.tnb')).map(([n]) => n).sort();
  if (names.length === 0) { void vscode.window.showWarningMessage('No example notebooks were found in the extension.'); return; }
  const pick = names.length === 1 ? names[0] : await vscode.window.showQuickPick(names, { placeHolder: 'Open a tnb example notebook' });
  if (!pick) return;
  const nb = await vscode.workspace.openNotebookDocument(vscode.Uri.joinPath(dir, pick));
  await vscode.window.showNotebookDocument(nb);
}

function asUri(v: unknown): vscode.Uri | undefined {
  return v instanceof vscode.Uri ? v : undefined;
}

async function exportAs(nb: vscode.NotebookDocument | undefined, format: NotebookFormatName, to?: vscode.Uri): Promise<void> {
  if (!nb) return;
  const data = new vscode.NotebookData(nb.getCells().map((c) => {
    const cd = new vscode.NotebookCellData(c.kind, c.document.getText(), c.document.languageId);
    cd.outputs = [...c.outputs];
    cd.metadata = c.metadata;
    return cd;
  }));
  data.metadata = nb.metadata;
  const base = nb.uri.path.replace(/\.tnb$/i, '');
  const target = to ?? await vscode.window.showSaveDialog({
    defaultUri: nb.uri.with({ path: `${base}.${format}` }),
    filters: format === 'ipynb' ? { 'Jupyter notebook': ['ipynb'] } : { 'Python (percent cells)': ['py'] },
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(writeNotebook(fromNotebookData(data), format)));
  void vscode.window.showInformationMessage(`Exported to ${vscode.workspace.asRelativePath(target)}`);
}

/** tnb: Import Jupyter Notebook — converts an .ipynb to a .tnb next to it (never overwriting) and opens it. */
async function importNotebook(uri?: vscode.Uri): Promise<void> {
  const source = uri ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { 'Jupyter notebook': ['ipynb'] } }))?.[0];
  if (!source) return;
  const format = formatFromPath(source.path);
  if (format !== 'ipynb') { void vscode.window.showErrorMessage('Choose a .ipynb file to import.'); return; }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await vscode.workspace.fs.readFile(source));
  } catch (e) {
    void vscode.window.showErrorMessage(`Could not read ${source.path}: ${(e as Error).message}`);
    return;
  }
  let nb;
  try {
    nb = readNotebook(text, 'ipynb');
  } catch (e) {
    if (e instanceof TnbFormatError) { void vscode.window.showErrorMessage(`${vscode.workspace.asRelativePath(source)} is not a Jupyter notebook tnb can read: ${e.message}`); return; }
    throw e;
  }
  let target = source.with({ path: source.path.replace(/\.ipynb$/i, '.tnb') });
  for (let i = 2; await exists(target); i++) target = source.with({ path: source.path.replace(/\.ipynb$/i, `-${i}.tnb`) });
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(writeNotebook(nb, 'tnb')));
  const doc = await vscode.workspace.openNotebookDocument(target);
  await vscode.window.showNotebookDocument(doc);
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}
