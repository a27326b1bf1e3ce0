// Hovers, diagnostics and quick fixes in a real VS Code through its own providers' commands
// (vscode.executeHoverProvider, vscode.executeCodeActionProvider), with the real kernel behind them.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { test } from './harness';
import { done, openNotebook, runCells, waitFor } from './notebooks';

async function hoverText(cell: vscode.NotebookCell, line: number, character: number): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', cell.document.uri, new vscode.Position(line, character));
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
}

test('hover: statistics of x and of its .grad with heatmaps; "busy" while a cell runs; nothing for unknown names', async () => {
  const doc = await openNotebook('hover.tnb', ['import torch\nx = torch.ones(2, 3, requires_grad=True)\n(x * 3).sum().backward()', 'import time\ntime.sleep(4)']);
  await runCells(doc, 0, 1);
  await waitFor('cell 1', () => done(doc.cellAt(0)));
  const md = await hoverText(doc.cellAt(0), 1, 0);
  assert.match(md, /tensor of shape \[2, 3\], dtype=torch\.float32, requires_grad=True \(leaf\)/);
  assert.match(md, /\| \.grad \| 3 \| 3 \| 3 \| 0 \| 7\.3485 \|/);
  assert.equal((md.match(/data:image\/png;base64,/g) ?? []).length, 2);
  assert.equal(await hoverText(doc.cellAt(0), 0, 1), '', 'a keyword');
  void runCells(doc, 1, 2);
  await waitFor('cell 2 to start', () => doc.cellAt(1).executionSummary === undefined || !done(doc.cellAt(1)), 5000);
  await new Promise((r) => setTimeout(r, 500));
  const t0 = Date.now();
  assert.match(await hoverText(doc.cellAt(0), 1, 0), /kernel is busy running a cell/);
  assert.ok(Date.now() - t0 < 2000, 'the hover does not wait for the cell');
  await waitFor('cell 2', () => done(doc.cellAt(1)));
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
});

test('diagnostics: a second backward is marked with its message and the freeing backward; the quick fix adds retain_graph', async () => {
  const doc = await openNotebook('twice.tnb', ['import torch\nx = torch.ones(3, requires_grad=True)\nw = (x * 2).sum()\nw.backward()', 'w.backward()']);
  await runCells(doc, 0, 1);
  await waitFor('cell 1', () => done(doc.cellAt(0)));
  await runCells(doc, 1, 2);
  await waitFor('cell 2', () => done(doc.cellAt(1)));
  assert.equal(doc.cellAt(1).executionSummary?.success, false);
  await waitFor('the diagnostics', () => vscode.languages.getDiagnostics(doc.cellAt(1).document.uri).length > 0, 5000);
  const [d] = vscode.languages.getDiagnostics(doc.cellAt(1).document.uri);
  assert.equal(d.range.start.line, 0);
  assert.match(d.message, /^RuntimeError: Trying to backward through the graph a second time/);
  assert.equal(d.code, 'backward-twice');
  assert.equal(d.relatedInformation?.[0].location.uri.toString(), doc.cellAt(0).document.uri.toString());
  assert.equal(d.relatedInformation?.[0].location.range.start.line, 3);
  const site = vscode.languages.getDiagnostics(doc.cellAt(0).document.uri);
  assert.equal(site.length, 1);
  assert.match(site[0].message, /the graph was freed by this backward/);
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.cellAt(1).document.uri, d.range);
  const fix = actions.find((a) => a.title.startsWith('Add retain_graph=True'));
  assert.ok(fix?.edit, `actions: ${actions.map((a) => a.title).join(', ')}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  assert.equal(doc.cellAt(0).document.lineAt(3).text, 'w.backward(retain_graph=True)');
  // the edited cell's markers are gone; running both cells again succeeds and leaves no markers
  await runCells(doc, 0, 1);
  await waitFor('cell 1 again', () => done(doc.cellAt(0)) && doc.cellAt(0).executionSummary?.executionOrder === 3);
  await runCells(doc, 1, 2);
  await waitFor('cell 2 again', () => done(doc.cellAt(1)) && doc.cellAt(1).executionSummary?.executionOrder === 4);
  assert.equal(doc.cellAt(1).executionSummary?.success, true);
  assert.equal(vscode.languages.getDiagnostics(doc.cellAt(1).document.uri).length, 0);
  assert.equal(vscode.languages.getDiagnostics(doc.cellAt(0).document.uri).length, 0);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});
