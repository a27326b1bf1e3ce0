// The controller in a real VS Code: cells run through the real kernel worker in execution order, streams and
// displays land in the cells, errors carry the Python traceback, interrupt keeps state, restart clears it, renderer
// requests reach the live kernel, and the serializer saves outputs and unknown keys.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { TENSOR_MIME, type RendererReply, type TensorPayload } from '../../../kernel/protocol';
import { answer } from '../../../extension/messaging';
import { test } from './harness';
import { controller, done, EXTENSION_ID, folder, openNotebook, runCells, waitFor } from './notebooks';

const dec = new TextDecoder();

function items(cell: vscode.NotebookCell): { mime: string; text: string }[] {
  return cell.outputs.flatMap((o) => o.items.map((i) => ({ mime: i.mime, text: dec.decode(i.data) })));
}

function text(cell: vscode.NotebookCell, mime: string): string {
  return items(cell).filter((i) => i.mime === mime).map((i) => i.text).join('');
}

test('Run All: cells run in order, with execution order, streamed stdout, displays and the tensor payload', async () => {
  const doc = await openNotebook('order.tnb', [
    'import torch\nx = torch.ones(2, 3, requires_grad=True)\nprint("made x")',
    'y = (x * 3).sum()\ny.backward()\nx.grad',
    'print("order", [1, 2, 3])',
  ]);
  await vscode.commands.executeCommand('notebook.execute', doc.uri);
  await waitFor('all cells', () => doc.getCells().every(done), 120_000);
  assert.deepEqual(doc.getCells().map((c) => c.executionSummary?.executionOrder), [1, 2, 3]);
  assert.deepEqual(doc.getCells().map((c) => c.executionSummary?.success), [true, true, true]);
  assert.equal(text(doc.cellAt(0), 'application/vnd.code.notebook.stdout'), 'made x\n');
  assert.equal(text(doc.cellAt(1), 'text/plain'), 'tensor([[3., 3., 3.],\n        [3., 3., 3.]])');
  const payload = JSON.parse(text(doc.cellAt(1), TENSOR_MIME)) as TensorPayload;
  assert.deepEqual(payload.shape, [2, 3]);
  assert.equal(payload.text, 'tensor([[3., 3., 3.],\n        [3., 3., 3.]])');
  const timing = doc.cellAt(0).executionSummary?.timing;
  assert.ok(timing && timing.endTime >= timing.startTime);
});

test('an error cell ends unsuccessfully with the traceback, and stops the cells queued after it', async () => {
  const doc = await openNotebook('error.tnb', ['import torch\nq = torch.ones(2, requires_grad=True) * 2\nq.backward(torch.ones(2))\nq.backward(torch.ones(2))', 'print("not run")']);
  await vscode.commands.executeCommand('notebook.execute', doc.uri);
  await waitFor('the first cell', () => done(doc.cellAt(0)));
  assert.equal(doc.cellAt(0).executionSummary?.success, false);
  const err = JSON.parse(text(doc.cellAt(0), 'application/vnd.code.notebook.error')) as { name: string; message: string; stack: string };
  assert.equal(err.name, 'RuntimeError');
  assert.match(err.message, /^Trying to backward through the graph a second time/);
  assert.match(err.stack, /File "<cell 1>", line 4, in <module>/);
  await new Promise((r) => setTimeout(r, 500));
  assert.equal(doc.cellAt(1).outputs.length, 0);
  assert.equal(doc.cellAt(1).executionSummary?.executionOrder, undefined);
});

test('Interrupt Kernel stops a runaway cell; a later cell still reads earlier variables; restart clears them', async () => {
  const doc = await openNotebook('interrupt.tnb', ['import torch\nkept = torch.arange(3)', 'while True:\n    pass', 'print(kept)', 'print("kept" in dir())']);
  await runCells(doc, 0, 1);
  await waitFor('cell 1', () => done(doc.cellAt(0)));
  void runCells(doc, 1, 2);
  const ctrl = await controller();
  await waitFor('the loop to run', () => ctrl.state(doc) === 'busy');
  await new Promise((r) => setTimeout(r, 300));
  await vscode.commands.executeCommand('tnb.interruptKernel', doc.uri);
  await waitFor('the interrupted cell', () => done(doc.cellAt(1)));
  assert.equal(doc.cellAt(1).executionSummary?.success, false);
  assert.match(text(doc.cellAt(1), 'application/vnd.code.notebook.error'), /KeyboardInterrupt/);
  await runCells(doc, 2, 3);
  await waitFor('cell 3', () => done(doc.cellAt(2)));
  assert.equal(text(doc.cellAt(2), 'application/vnd.code.notebook.stdout'), 'tensor([0, 1, 2])\n');
  await vscode.commands.executeCommand('tnb.restartKernel', doc.uri);
  await runCells(doc, 3, 4);
  await waitFor('cell 4', () => done(doc.cellAt(3)));
  assert.equal(text(doc.cellAt(3), 'application/vnd.code.notebook.stdout'), 'False\n');
  assert.equal(doc.cellAt(3).executionSummary?.executionOrder, 1, 'execution order starts again after a restart');
});

test('notebooks have separate kernels; closing one leaves the other running', async () => {
  const a = await openNotebook('a.tnb', ['v = "from a"', 'print(v)']);
  await runCells(a, 0, 1);
  await waitFor('a', () => done(a.cellAt(0)));
  const b = await openNotebook('b.tnb', ['print("v" in dir())']);
  await runCells(b, 0, 1);
  await waitFor('b', () => done(b.cellAt(0)));
  assert.equal(text(b.cellAt(0), 'application/vnd.code.notebook.stdout'), 'False\n');
  const ctrl = await controller();
  await ctrl.shutdown(b);
  await vscode.window.showNotebookDocument(a);
  await runCells(a, 1, 2);
  await waitFor('a again', () => done(a.cellAt(1)));
  assert.equal(text(a.cellAt(1), 'application/vnd.code.notebook.stdout'), 'from a\n');
});

test('two notebooks run at the same time with their own state; closing one leaves the other running', async () => {
  // Each cell announces itself with a file in the shared folder, then waits for the other's: it can only finish if
  // both run at once (one after the other, the first would time out).
  const handshake = (me: string, other: string) => [
    'import os, time, torch',
    `state = torch.full((2,), ${me === 'p' ? 1 : 2}.)`,
    `open("${me}.started", "w").close()`,
    'end = time.time() + 60',
    `while not os.path.exists("${other}.started") and time.time() < end:`,
    '    time.sleep(0.05)',
    `print("${me} saw", os.path.exists("${other}.started"))`,
  ].join('\n');
  for (const f of ['p.started', 'q.started']) await vscode.workspace.fs.delete(vscode.Uri.joinPath(folder(), f)).then(() => {}, () => {});
  const p = await openNotebook('p.tnb', [handshake('p', 'q'), 'print(state)']);
  const q = await openNotebook('q.tnb', [handshake('q', 'p'), 'print(state)']);
  await Promise.all([runCells(p, 0, 1), runCells(q, 0, 1)]);
  await waitFor('both handshakes', () => done(p.cellAt(0)) && done(q.cellAt(0)), 90_000);
  assert.equal(text(p.cellAt(0), 'application/vnd.code.notebook.stdout'), 'p saw True\n');
  assert.equal(text(q.cellAt(0), 'application/vnd.code.notebook.stdout'), 'q saw True\n');
  // closing q's editor (the user's way; VS Code disposes the document when it likes, and then q's kernel ends) and
  // shutting q's kernel down now: p keeps its state and runs on
  await vscode.window.showNotebookDocument(q);
  await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  await (await controller()).shutdown(q);
  await vscode.window.showNotebookDocument(p);
  await runCells(p, 1, 2);
  await waitFor('p again', () => done(p.cellAt(1)));
  assert.equal(text(p.cellAt(1), 'application/vnd.code.notebook.stdout'), 'tensor([1., 1.])\n');
});

test('a cell printing in an endless loop: bounded output (tnb.maxCellOutputChars), VS Code responsive, interrupt works', async () => {
  const config = vscode.workspace.getConfiguration('tnb');
  await config.update('maxCellOutputChars', 50_000, vscode.ConfigurationTarget.Global);
  try {
    const doc = await openNotebook('flood.tnb', ['i = 0\nwhile True:\n    print("line", i)\n    i += 1', 'print(i > 10_000)']);
    void runCells(doc, 0, 1);
    const ctrl = await controller();
    await waitFor('the loop to run', () => ctrl.state(doc) === 'busy');
    // the extension host stays responsive: a timer set now fires on time, within a generous bound
    let late = 0;
    for (let k = 0; k < 10; k++) {
      const t0 = Date.now();
      await new Promise((r) => setTimeout(r, 100));
      late = Math.max(late, Date.now() - t0 - 100);
    }
    console.log(`# endless print: the extension host's timers were at most ${late} ms late`);
    await vscode.commands.executeCommand('tnb.interruptKernel', doc.uri);
    await waitFor('the interrupted cell', () => done(doc.cellAt(0)));
    const out = text(doc.cellAt(0), 'application/vnd.code.notebook.stdout');
    const err = text(doc.cellAt(0), 'application/vnd.code.notebook.stderr');
    assert.ok(out.length <= 50_000 && out.startsWith('line 0\nline 1\n'), `${out.length} characters of stdout`);
    assert.match(err, /output reached 50,000 characters/);
    assert.match(err, /more characters of output were not shown/);
    assert.match(text(doc.cellAt(0), 'application/vnd.code.notebook.error'), /KeyboardInterrupt/);
    await runCells(doc, 1, 2);
    await waitFor('the next cell', () => done(doc.cellAt(1)));
    assert.equal(text(doc.cellAt(1), 'application/vnd.code.notebook.stdout'), 'True\n');
    await ctrl.shutdown(doc);
  } finally {
    await config.update('maxCellOutputChars', undefined, vscode.ConfigurationTarget.Global);
  }
});

test('renderer messaging: a displayed tensor can be asked for again with a bigger sample', async () => {
  const doc = await openNotebook('messaging.tnb', ['import torch\nbig = torch.arange(10000.).reshape(100, 100)\nbig']);
  await runCells(doc, 0, 1);
  await waitFor('the cell', () => done(doc.cellAt(0)));
  const shown = JSON.parse(text(doc.cellAt(0), TENSOR_MIME)) as TensorPayload;
  assert.ok(shown.sample && shown.sample.values.length <= 4096, 'the saved output carries a bounded sample');
  assert.ok(shown.handle !== null && shown.kernel !== null);
  const ctrl = await controller();
  const reply = await answer(ctrl, doc, { type: 'tensor', requestId: 7, kernel: shown.kernel as string, handle: shown.handle as number, sampleLimit: 20000 });
  assert.equal(reply.requestId, 7);
  assert.ok(reply.ok, (reply as { error?: string }).error);
  const full = (reply as Extract<RendererReply, { ok: true }>).result as TensorPayload;
  assert.equal(full.sample?.values.length, 10000);
  assert.equal(full.sample?.values[9999], 9999);
  const stale = await answer(ctrl, doc, { type: 'tensor', requestId: 8, kernel: 'another-kernel', handle: shown.handle as number, sampleLimit: 10 });
  assert.deepEqual(stale, { type: 'reply', requestId: 8, ok: true, result: null });
});

test('save keeps cells, outputs and keys this version does not know', async () => {
  const uri = vscode.Uri.joinPath(folder(), 'roundtrip.tnb');
  const original = { tnb: 1, metadata: { author: 'me' }, cells: [{ kind: 'code', source: 'import torch\ntorch.ones(2)', future: { kept: true } }], futureTop: [1, 2] };
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(original)));
  const doc = await vscode.workspace.openNotebookDocument(uri);
  await vscode.window.showNotebookDocument(doc);
  await vscode.commands.executeCommand('notebook.selectKernel', { id: 'tnb-kernel', extension: EXTENSION_ID });
  await runCells(doc, 0, 1);
  await waitFor('the cell', () => done(doc.cellAt(0)));
  assert.ok(await doc.save(), 'save failed');
  const saved = JSON.parse(dec.decode(await vscode.workspace.fs.readFile(uri)));
  assert.deepEqual(saved.futureTop, [1, 2]);
  assert.deepEqual(saved.cells[0].future, { kept: true });
  assert.deepEqual(saved.metadata, { author: 'me' });
  const plain = saved.cells[0].outputs[0].items.find((i: { mime: string }) => i.mime === 'text/plain');
  assert.equal(plain.data, 'tensor([1., 1.])');
});

test('a malformed .tnb opens with a message and saving it is refused; its bytes stay', async () => {
  const uri = vscode.Uri.joinPath(folder(), 'broken.tnb');
  const bytes = '{"tnb": 1, "cells": [ {"kind": "code", "source": 3} ] }';
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(bytes));
  const doc = await vscode.workspace.openNotebookDocument(uri);
  await vscode.window.showNotebookDocument(doc);
  assert.equal(doc.cellCount, 1);
  assert.match(doc.cellAt(0).document.getText(), /could not be opened as a tnb notebook[\s\S]*cells\[0\]\.source/);
  const edit = new vscode.WorkspaceEdit();
  edit.set(doc.uri, [vscode.NotebookEdit.insertCells(1, [new vscode.NotebookCellData(vscode.NotebookCellKind.Code, 'x = 1', 'python')])]);
  await vscode.workspace.applyEdit(edit);
  const ok = await doc.save().then((r) => r, () => false);
  assert.equal(ok, false, 'saving a stand-in for an unreadable file must fail');
  assert.equal(dec.decode(await vscode.workspace.fs.readFile(uri)), bytes);
  await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
});

test('export to .ipynb and .py, and import an .ipynb as a new .tnb next to it', async () => {
  const doc = await openNotebook('export.tnb', ['import torch\nt = torch.ones(2)\nt']);
  await runCells(doc, 0, 1);
  await waitFor('the cell', () => done(doc.cellAt(0)));
  const ipynb = vscode.Uri.joinPath(folder(), 'export.ipynb');
  const py = vscode.Uri.joinPath(folder(), 'export.py');
  await vscode.commands.executeCommand('tnb.exportIpynb', doc.uri, ipynb);
  await vscode.commands.executeCommand('tnb.exportPy', doc.uri, py);
  const nb = JSON.parse(dec.decode(await vscode.workspace.fs.readFile(ipynb)));
  assert.equal(nb.nbformat, 4);
  assert.equal(nb.cells[0].source.join(''), 'import torch\nt = torch.ones(2)\nt');
  assert.deepEqual(nb.cells[0].outputs[0].data['text/plain'], ['tensor([1., 1.])']);
  assert.match(dec.decode(await vscode.workspace.fs.readFile(py)), /# %%\nimport torch\nt = torch\.ones\(2\)\nt/);
  await vscode.commands.executeCommand('tnb.importIpynb', ipynb);
  await waitFor('the imported notebook', () => vscode.window.activeNotebookEditor?.notebook.uri.path.endsWith('/export-2.tnb') === true, 10_000);
  const imported = vscode.window.activeNotebookEditor!.notebook;
  assert.equal(imported.cellAt(0).document.getText(), 'import torch\nt = torch.ones(2)\nt');
  assert.equal(text(imported.cellAt(0), 'text/plain'), 'tensor([1., 1.])');
});

test('a kernel that dies is reported, its cell fails, and Restart Kernel brings a fresh one', async () => {
  const doc = await openNotebook('crash.tnb', ['import os\nos._exit(3)', 'print("alive")']);
  await runCells(doc, 0, 1);
  await waitFor('the crashing cell', () => done(doc.cellAt(0)));
  assert.equal(doc.cellAt(0).executionSummary?.success, false);
  assert.match(text(doc.cellAt(0), 'application/vnd.code.notebook.error'), /The kernel stopped \(exit code 3\)/);
  const ctrl = await controller();
  assert.equal(ctrl.state(doc), 'dead');
  await vscode.commands.executeCommand('tnb.restartKernel', doc.uri);
  await runCells(doc, 1, 2);
  await waitFor('the next cell', () => done(doc.cellAt(1)));
  assert.equal(text(doc.cellAt(1), 'application/vnd.code.notebook.stdout'), 'alive\n');
});
