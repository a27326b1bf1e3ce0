// Helpers shared by the extension-host tests: open a notebook of code cells with the tnb controller, run cells,
// wait for them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TnbController } from '../../../extension/controller';

export const EXTENSION_ID = 'tnb.tnb';

export function folder(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  assert.ok(f, 'no workspace folder is open');
  return f.uri;
}

export async function controller(): Promise<TnbController> {
  const ext = vscode.extensions.getExtension<{ controller: TnbController }>(EXTENSION_ID);
  assert.ok(ext);
  return (await ext.activate()).controller;
}

/** Writes a notebook file with these code cells, opens it in an editor and selects the tnb controller. */
export async function openNotebook(name: string, sources: string[]): Promise<vscode.NotebookDocument> {
  const uri = vscode.Uri.joinPath(folder(), name);
  const nb = { tnb: 1, metadata: {}, cells: sources.map((source) => ({ kind: 'code', source })) };
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(nb, null, 1) + '\n'));
  const doc = await vscode.workspace.openNotebookDocument(uri);
  await vscode.window.showNotebookDocument(doc);
  await vscode.commands.executeCommand('notebook.selectKernel', { id: 'tnb-kernel', extension: EXTENSION_ID });
  return doc;
}

export async function waitFor(what: string, cond: () => boolean, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function done(cell: vscode.NotebookCell): boolean {
  return cell.executionSummary?.success !== undefined && cell.executionSummary.timing?.endTime !== undefined;
}

export async function runCells(doc: vscode.NotebookDocument, start: number, end: number): Promise<void> {
  await vscode.commands.executeCommand('notebook.cell.execute', { ranges: [{ start, end }], document: doc.uri });
}
