// Smoke test: opening a .tnb activates the extension and gives a `tnb` notebook with the file's cells.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';

const EXTENSION_ID = 'tnb.tnb'; // package.json publisher.name

/** sample.tnb in the workspace folder run.mjs opens (a fresh copy of test/vscode/workspace). */
function sampleUri(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'no workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, 'sample.tnb');
}

test('opening sample.tnb activates tnb and gives a tnb notebook with one code cell', async () => {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);

  const notebook = await vscode.workspace.openNotebookDocument(sampleUri());
  assert.equal(notebook.notebookType, 'tnb');
  assert.equal(extension.isActive, true, 'the extension did not activate on onNotebook:tnb');
  assert.equal(notebook.cellCount, 1);
  const cell = notebook.cellAt(0);
  assert.equal(cell.kind, vscode.NotebookCellKind.Code);
  assert.equal(cell.document.getText(), 'import torch\nx = torch.ones(2)');
  await vscode.window.showNotebookDocument(notebook); // for the screenshot run.mjs takes at the end
});
