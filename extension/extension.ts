// Extension entry: registers the .tnb serializer and the commands. The notebook controller (running cells in
// the kernel worker) arrives with the kernel-session issue; until then notebooks open, edit and save but do not run.

import * as vscode from 'vscode';
import { NOTEBOOK_TYPE, TnbSerializer } from './serializer';

export function activate(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.registerNotebookSerializer(NOTEBOOK_TYPE, new TnbSerializer(), TnbSerializer.options),
    vscode.commands.registerCommand('tnb.newNotebook', newNotebook),
  );
}

export function deactivate(): void {}

/** tnb: New Notebook — an untitled notebook with one Python cell, `import torch`. */
async function newNotebook(): Promise<void> {
  const cell = new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'import torch', 'python');
  const document = await vscode.workspace.openNotebookDocument(NOTEBOOK_TYPE, new vscode.NotebookData([cell]));
  await vscode.window.showNotebookDocument(document);
}
