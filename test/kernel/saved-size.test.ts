// Saved notebooks stay bounded (issue 9): 100 cells that each display a 1,000 x 1,000 tensor save to a file of a few
// MB (printed text + a sample of at most 4096 values + statistics per output), not the 100 M values, and the file
// opens again. The outputs go the extension's way: kernel display items → controller.toOutputItems → the .tnb
// serializer (VS Code's data classes from test/unit/vscode-fake.ts: the only part that is not the real thing).
// Prints the sizes and how long serialization blocked (not asserted: tests never assert times).
import '../unit/vscode-fake';
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type * as vscode from 'vscode';
import * as fake from '../unit/vscode-fake';
import { toOutputItems } from '../../extension/controller';
import { TnbSerializer } from '../../extension/serializer';
import { run, session } from './helpers';

const s = session();
before(async () => { await s.start(); });
after(async () => { await s.dispose(); });

test('100 displayed 1000x1000 tensors save to a bounded file that opens again', async () => {
  await run(s, 'import torch\ntorch.manual_seed(0)');
  const cells: fake.NotebookCellData[] = [];
  for (let i = 0; i < 100; i++) {
    const code = `x${i} = torch.rand(1000, 1000, requires_grad=True)\nx${i}`;
    const r = await run(s, code, `<cell ${i + 1}>`);
    assert.equal(r.error, null);
    assert.equal(r.displays.length, 1);
    const cell = new fake.NotebookCellData(fake.NotebookCellKind.Code, code, 'python');
    cell.outputs = [new fake.NotebookCellOutput(toOutputItems(r.displays[0]) as unknown as fake.NotebookCellOutputItem[])];
    cells.push(cell);
  }
  const serializer = new TnbSerializer();
  const data = new fake.NotebookData(cells) as unknown as vscode.NotebookData;
  const t0 = performance.now();
  const bytes = serializer.serializeNotebook(data);
  const t1 = performance.now();
  if (process.env.TNB_SAVE_BIG) require('node:fs').writeFileSync(process.env.TNB_SAVE_BIG, bytes);
  const back = serializer.deserializeNotebook(bytes);
  const t2 = performance.now();
  const perOutput = bytes.length / 100;
  console.log(`# 100 outputs of 1000x1000 tensors: ${(bytes.length / 1e6).toFixed(2)} MB saved (${(perOutput / 1e3).toFixed(1)} kB each); serialize ${(t1 - t0).toFixed(0)} ms, open ${(t2 - t1).toFixed(0)} ms`);
  // At most 4096 sampled values, each printed as a double (up to ~20 characters) on its own indented line: about
  // 120 kB, plus the text and statistics. The full data would be 1,000,000 values (~10 MB) per output.
  assert.ok(perOutput < 150_000, `${perOutput} bytes per output`);
  assert.equal(back.cells.length, 100);
  const items = back.cells[99].outputs?.[0].items ?? [];
  assert.deepEqual(items.map((i) => i.mime), ['application/vnd.tnb.tensor+json', 'text/plain']);
  const payload = JSON.parse(new TextDecoder().decode(items[0].data)) as { shape: number[]; sample?: unknown };
  assert.deepEqual(payload.shape, [1000, 1000]);
});
