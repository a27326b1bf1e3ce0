// Saved notebooks stay bounded (issue 9): 100 cells that each display a 1,000 x 1,000 tensor save to a file of a few
// MB (printed text + a sample of at most 4096 values + statistics per output), not the 100 M values, and the file
// opens again. The outputs go the extension's way: kernel display items → controller.toOutputItems → the .tnb
// serializer (VS Code's data classes from test/unit/vscode-fake.ts: the only part that is not the real thing).
// Prints the sizes and the longest block of the event loop in each extension-host case (bench/exthost.ts; not
// asserted: tests never assert times).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { bigTensorCells, extensionHostTimes } from '../../bench/exthost';
import { boundOutputs, fromNotebookData, toNotebookData } from '../../extension/serializer';
import { parseTnb, serializeTnb } from '../../kernel/format/tnb';
import { shortestFloat32 } from '../../kernel/payload';
import type * as vscode from 'vscode';
import * as fake from '../unit/vscode-fake';
import { session } from './helpers';

const s = session();
before(async () => { await s.start(); });
after(async () => { await s.dispose(); });

test('100 displayed 1000x1000 tensors save to a bounded file that opens again, without blocking the event loop long', async () => {
  const { cells, displays } = await bigTensorCells(s, 100);
  const t = await extensionHostTimes(s, cells, displays);
  const bytes = t.bytes;
  if (process.env.TNB_SAVE_BIG) require('node:fs').writeFileSync(process.env.TNB_SAVE_BIG, bytes);
  const perOutput = bytes.length / 100;
  console.log(`# 100 outputs of 1000x1000 tensors: ${(bytes.length / 1e6).toFixed(2)} MB saved (${(perOutput / 1e3).toFixed(1)} kB each)`);
  for (const [name, ms] of Object.entries(t.longest)) {
    console.log(`# ${name}: longest block ${ms.toFixed(1)} ms (worst of 3 runs ${t.worst[name].toFixed(1)} ms; total ${t.total[name].toFixed(0)} ms)`);
  }
  // At most 4096 sampled float32 values, each the shortest decimal that reads back (up to 9 digits) on one line
  // with the rest of the output's data: about 45 kB, plus the text and statistics. The full data would be
  // 1,000,000 values (~10 MB) per output; printed as doubles one per line, the sample alone was ~120 kB.
  assert.ok(perOutput < 60_000, `${perOutput} bytes per output`);
  // What was saved and opened in slices is what the synchronous functions give.
  const text = new TextDecoder().decode(bytes);
  const data = new fake.NotebookData(cells) as unknown as vscode.NotebookData;
  assert.equal(text, serializeTnb(boundOutputs(fromNotebookData(data), { saveOutputs: true, maxOutputBytes: 1_000_000 })));
  assert.deepEqual(t.opened, toNotebookData(parseTnb(text)));
  assert.equal(t.opened.cells.length, 100);
  const items = t.opened.cells[99].outputs?.[0].items ?? [];
  assert.deepEqual(items.map((i) => i.mime), ['application/vnd.tnb.tensor+json', 'text/plain']);
  const payload = JSON.parse(new TextDecoder().decode(items[0].data)) as { shape: number[]; sample: { values: number[] } };
  assert.deepEqual(payload.shape, [1000, 1000]);
  // The sample reads back as the kernel's float32 values.
  const sent = displays[99].find((i) => i.mime === 'application/vnd.tnb.tensor+json')?.data as typeof payload;
  assert.equal(payload.sample.values.length, 63 * 63);   // every 16th row and column
  assert.deepEqual(payload.sample.values, sent.sample.values);
  assert.ok(payload.sample.values.every((v) => shortestFloat32(Math.fround(v)) === v), 'float32 values, each written shortest');
});
