import * as fake from './vscode-fake'; // first: the serializer's `import 'vscode'` gets the fake
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type * as vscode from 'vscode';
import { boundOutputs, fromNotebookData, TnbSerializer, toNotebookData } from '../../extension/serializer';
import { parseTnb, serializeTnb } from '../../kernel/format/tnb';

const serializer = new TnbSerializer();
const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array) => new TextDecoder().decode(data);

const FILE = `{
 "tnb": 1,
 "metadata": {
  "title": "t"
 },
 "cells": [
  {
   "kind": "markdown",
   "source": "# y = 3x"
  },
  {
   "kind": "code",
   "source": "x",
   "outputs": [
    {
     "items": [
      {
       "mime": "text/plain",
       "data": "tensor([1.])",
       "lang": "en"
      },
      {
       "mime": "application/vnd.tnb.tensor+json",
       "data": {"text":"tensor([1.])"}
      },
      {
       "mime": "image/png",
       "encoding": "base64",
       "data": "iVBORw0KGgo="
      }
     ],
     "metadata": {
      "m": 1
     },
     "future": true
    }
   ],
   "metadata": {
    "tags": []
   },
   "id": "c1"
  }
 ],
 "newer": "kept"
}
`;

describe('TnbSerializer', () => {
  test('opens a file as VS Code notebook data and saves it back byte for byte', async () => {
    const data = await serializer.deserializeNotebook(bytes(FILE));
    assert.equal(data.cells.length, 2);
    const [markdown, code] = data.cells;
    assert.deepEqual([markdown.kind, markdown.languageId, markdown.value], [1, 'markdown', '# y = 3x']);
    assert.deepEqual([code.kind, code.languageId, code.value], [2, 'python', 'x']);
    const items = code.outputs?.[0].items ?? [];
    assert.deepEqual(items.map((item) => item.mime), ['text/plain', 'application/vnd.tnb.tensor+json', 'image/png']);
    assert.equal(text(items[0].data), 'tensor([1.])');
    assert.deepEqual(JSON.parse(text(items[1].data)), { text: 'tensor([1.])' });
    assert.deepEqual([...items[2].data.slice(0, 4)], [0x89, 0x50, 0x4e, 0x47]); // the PNG signature, decoded
    assert.equal(text(await serializer.serializeNotebook(data)), FILE);
  });

  test('opening and saving (in slices) give what the synchronous functions give', async () => {
    const big = JSON.parse(FILE) as { cells: unknown[] };
    big.cells = Array.from({ length: 300 }, (_, i) => big.cells[i % 2]);
    const file = JSON.stringify(big, null, 1) + '\n';   // data indented, as tnb wrote files before
    const data = await serializer.deserializeNotebook(bytes(file));
    assert.deepEqual(data, toNotebookData(parseTnb(file)));
    const settings = { saveOutputs: true, maxOutputBytes: 10 };
    const saved = await new TnbSerializer(() => settings).serializeNotebook(data);
    assert.equal(text(saved), serializeTnb(boundOutputs(fromNotebookData(data), settings)));
    assert.equal(text(await serializer.serializeNotebook(data)), serializeTnb(parseTnb(file)));
    for (const cells of [[], [new fake.NotebookCellData(fake.NotebookCellKind.Code, 'print("αβγ 🔥 \ud800")', 'python')]]) {
      const nb = new fake.NotebookData(cells) as unknown as vscode.NotebookData;
      const expected = new TextEncoder().encode(serializeTnb(fromNotebookData(nb)));
      assert.deepEqual(await serializer.serializeNotebook(nb), expected);
    }
  });

  test('an empty file opens as an empty notebook', async () => {
    assert.deepEqual((await serializer.deserializeNotebook(bytes(''))).cells, []);
    assert.deepEqual((await serializer.deserializeNotebook(bytes(' \n'))).cells, []);
  });

  test('a notebook made in VS Code (tnb: New Notebook) saves as a tnb file', async () => {
    const cell = new fake.NotebookCellData(fake.NotebookCellKind.Code, 'import torch', 'python');
    const data = new fake.NotebookData([cell]) as unknown as vscode.NotebookData;
    const expected = '{\n "tnb": 1,\n "metadata": {},\n "cells": [\n  {\n   "kind": "code",\n   "source": "import torch"\n  }\n ]\n}\n';
    assert.equal(text(await serializer.serializeNotebook(data)), expected);
  });

  for (const [what, content, problem] of [
    ['not JSON', bytes('{"tnb": 1, "cells": [}'), 'not valid JSON'],
    ['not the format', bytes('{"tnb": 1, "cells": [{"kind": "raw", "source": ""}]}'), 'cells[0].kind: expected "code" or "markdown", found "raw"'],
    ['not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), 'not valid UTF-8'],
  ] as const) {
    test(`a file that is ${what} opens as an explanation and is never saved over`, async () => {
      const data = await serializer.deserializeNotebook(content);
      assert.equal(data.cells.length, 1);
      assert.equal(data.cells[0].kind, 1);
      assert.ok(data.cells[0].value.includes(problem), data.cells[0].value);
      assert.ok(data.cells[0].value.includes('tnb refuses to save this notebook'));
      (data.cells as vscode.NotebookCellData[])[0].value += '\nedited by the user';
      await assert.rejects(serializer.serializeNotebook(data), /tnb will not save this notebook/);
    });
  }

  test('output bytes that are not what their mime type promises are kept exactly, as base64', async () => {
    const data = await serializer.deserializeNotebook(bytes(FILE));
    const output = data.cells[1].outputs?.[0] as vscode.NotebookCellOutput;
    (output.items as vscode.NotebookCellOutputItem[])[1] = { mime: 'application/json', data: bytes('{not json') } as vscode.NotebookCellOutputItem;
    const saved = JSON.parse(text(await serializer.serializeNotebook(data)));
    assert.deepEqual(saved.cells[1].outputs[0].items[1], { mime: 'application/json', encoding: 'base64', data: Buffer.from('{not json').toString('base64') });
  });
});

describe('save settings', () => {
  const text = (s: string) => new TextEncoder().encode(s);
  const notebookWithOutput = (data: string) => {
    const cell = new fake.NotebookCellData(fake.NotebookCellKind.Code, 'x', 'python');
    cell.outputs = [new fake.NotebookCellOutput([new fake.NotebookCellOutputItem(text(data), 'text/plain')])];
    return new fake.NotebookData([cell]) as unknown as vscode.NotebookData;
  };

  test('outputs are saved by default and left out with tnb.saveOutputs = false', async () => {
    const saved = async (s: TnbSerializer) => JSON.parse(new TextDecoder().decode(await s.serializeNotebook(notebookWithOutput('tensor([1.])'))));
    assert.equal((await saved(new TnbSerializer())).cells[0].outputs[0].items[0].data, 'tensor([1.])');
    assert.equal((await saved(new TnbSerializer(() => ({ saveOutputs: false, maxOutputBytes: 1e6 })))).cells[0].outputs, undefined);
  });

  test('an output item over tnb.maxSavedOutputBytes is replaced by a note saying so', async () => {
    const s = new TnbSerializer(() => ({ saveOutputs: true, maxOutputBytes: 1000 }));
    const saved = JSON.parse(new TextDecoder().decode(await s.serializeNotebook(notebookWithOutput('x'.repeat(5000)))));
    const item = saved.cells[0].outputs[0].items[0];
    assert.equal(item.mime, 'text/plain');
    assert.match(item.data, /^\[tnb: this text\/plain output \(5000 bytes\) was larger than tnb\.maxSavedOutputBytes \(1000\) and was not saved\]$/);
  });
});
