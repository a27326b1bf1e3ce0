import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { formatFromPath, readNotebook, writeNotebook } from '../../kernel/format/convert';
import { ipynbToTnb, splitLines, tnbToIpynb } from '../../kernel/format/ipynb';
import { percentToTnb, tnbToPercent } from '../../kernel/format/percent';
import { TnbFormatError, parseTnb, serializeTnb, type JsonObject, type TnbCell, type TnbNotebook } from '../../kernel/format/tnb';
import { ERROR_MIME, STDERR_MIME, STDOUT_MIME, TENSOR_MIME } from '../../kernel/protocol';

const FIXTURES = join(__dirname, '..', 'fixtures', 'convert');
/** A notebook as Jupyter (nbformat 4.5) writes it: sorted keys, 1-space indent, lists of lines. */
const JUPYTER = readFileSync(join(FIXTURES, 'jupyter-4.5.ipynb'), 'utf8');

const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
/** An error item's data as VS Code's NotebookCellOutputItem.error writes it. */
const ERROR_DATA = JSON.stringify({
  name: 'RuntimeError',
  message: 'grad can be implicitly created only for scalar outputs',
  stack: 'Traceback (most recent call last):\n  File "<cell 3>", line 1, in <module>\nRuntimeError: grad can be implicitly created only for scalar outputs',
});

/** A tnb notebook with every kind of cell and output, and metadata and unknown keys at every level .ipynb keeps. */
function everything(): TnbNotebook {
  return {
    tnb: 1,
    metadata: { title: 'autograd', custom: { nested: [1, { deep: true }], 'with space': null } },
    cells: [
      { kind: 'markdown', source: '# Gradients\n\nof *y = 3x*', extra: { future: 'kept' } },
      {
        kind: 'code',
        source: 'import torch\nx = torch.ones(2, requires_grad=True)\nprint("hi")\nx',
        outputs: [
          { items: [{ mime: STDOUT_MIME, data: 'hi\nthere\n' }] },
          { items: [{ mime: STDERR_MIME, data: 'UserWarning: careful\n' }] },
          {
            items: [
              { mime: 'text/plain', data: 'tensor([1., 1.], requires_grad=True)' },
              { mime: TENSOR_MIME, data: { text: 'tensor([1., 1.], requires_grad=True)', shape: [2], dtype: 'float32', grad: null } },
            ],
            metadata: { ipynbOutputType: 'execute_result' },
          },
          {
            items: [
              { mime: 'image/png', encoding: 'base64', data: PNG },
              { mime: 'text/plain', data: '<Figure size 640x480 with 1 Axes>' },
            ],
            metadata: { 'image/png': { width: 562, height: 413 } },
          },
          { items: [{ mime: 'text/html', data: '<div>\n<b>loss</b>\n</div>\n' }, { mime: 'application/json', data: [1, 'two', { three: 3 }] }] },
        ],
        metadata: { executionOrder: 3, collapsed: false },
      },
      {
        kind: 'code',
        source: 'y.backward()',
        outputs: [{ items: [{ mime: ERROR_MIME, data: ERROR_DATA }] }],
        metadata: { execution_count: 4, tags: ['fails'] },
      },
      { kind: 'markdown', source: '.. note:: raw text\n', metadata: { ipynbCellType: 'raw', format: 'text/restructuredtext' } },
      { kind: 'code', source: '' },
      { kind: 'markdown', source: 'an id from Jupyter', metadata: { ipynbCellId: 'intro-7f3e' } },
    ],
    extra: { fromTheFuture: { x: [1, 2] } },
  };
}

/** ipynbToTnb (or readNotebook) must throw a TnbFormatError whose message contains every fragment. */
function assertIpynbError(text: string, ...fragments: string[]): TnbFormatError {
  let error: unknown;
  try {
    ipynbToTnb(text);
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof TnbFormatError, `expected a TnbFormatError, got ${String(error)}`);
  for (const fragment of fragments) assert.ok(error.message.includes(fragment), `"${error.message}" lacks "${fragment}"`);
  return error;
}

// The keys nbformat 4.5's JSON schema requires and allows (additionalProperties: false) for cells and outputs.
const SCHEMA: Record<string, { required: string[]; optional: string[] }> = {
  code: { required: ['id', 'cell_type', 'metadata', 'source', 'outputs', 'execution_count'], optional: [] },
  markdown: { required: ['id', 'cell_type', 'metadata', 'source'], optional: ['attachments'] },
  raw: { required: ['id', 'cell_type', 'metadata', 'source'], optional: ['attachments'] },
  stream: { required: ['output_type', 'name', 'text'], optional: [] },
  error: { required: ['output_type', 'ename', 'evalue', 'traceback'], optional: [] },
  display_data: { required: ['output_type', 'data', 'metadata'], optional: [] },
  execute_result: { required: ['output_type', 'data', 'metadata', 'execution_count'], optional: [] },
};

function assertKeys(object: Record<string, unknown>, kind: string, where: string): void {
  const rule = SCHEMA[kind];
  assert.ok(rule, `${where}: unknown type ${kind}`);
  for (const key of rule.required) assert.ok(key in object, `${where}: lacks ${key}`);
  for (const key of Object.keys(object)) assert.ok([...rule.required, ...rule.optional].includes(key), `${where}: ${key} is not allowed`);
}

const isLines = (value: unknown) => Array.isArray(value) && value.every((line) => typeof line === 'string');

/** The nbformat 4.5 schema's constraints, checked by hand (no JSON schema validator in the dependencies). */
function assertValidNbformat45(text: string): void {
  const doc = JSON.parse(text);
  assert.deepEqual(Object.keys(doc).sort(), ['cells', 'metadata', 'nbformat', 'nbformat_minor']);
  assert.equal(doc.nbformat, 4);
  assert.equal(doc.nbformat_minor, 5);
  assert.equal(typeof doc.metadata.kernelspec?.name, 'string');
  assert.equal(typeof doc.metadata.kernelspec?.display_name, 'string');
  assert.equal(typeof doc.metadata.language_info?.name, 'string');
  const ids = new Set<string>();
  doc.cells.forEach((cell: Record<string, any>, i: number) => {
    assertKeys(cell, cell.cell_type, `cells[${i}]`);
    assert.match(cell.id, /^[a-zA-Z0-9-_]{1,64}$/);
    assert.ok(!ids.has(cell.id), `cells[${i}]: id ${cell.id} repeated`);
    ids.add(cell.id);
    assert.ok(isLines(cell.source), `cells[${i}].source is a list of lines`);
    assert.equal(typeof cell.metadata, 'object');
    if (cell.cell_type !== 'code') return;
    assert.ok(cell.execution_count === null || Number.isInteger(cell.execution_count));
    cell.outputs.forEach((output: Record<string, any>, j: number) => {
      const where = `cells[${i}].outputs[${j}]`;
      assertKeys(output, output.output_type, where);
      if (output.output_type === 'stream') assert.ok(isLines(output.text), `${where}.text`);
      if (output.output_type === 'error') assert.ok(isLines(output.traceback), `${where}.traceback`);
      for (const [mime, value] of Object.entries(output.data ?? {})) {
        if (!/^application\/(.*\+)?json$/.test(mime)) assert.ok(typeof value === 'string' || isLines(value), `${where}.data[${mime}]`);
      }
    });
  });
}

describe('ipynb: tnb -> ipynb -> tnb', () => {
  test('every kind of cell and output, metadata and unknown keys come back equal', () => {
    const nb = everything();
    const ipynb = tnbToIpynb(nb);
    assert.deepEqual(ipynbToTnb(ipynb), nb);
    assert.equal(tnbToIpynb(ipynbToTnb(ipynb)), ipynb, 'stable: converting again gives the same bytes');
  });

  test('the .ipynb is valid nbformat 4.5 as Jupyter writes it', () => {
    const text = tnbToIpynb(everything());
    assertValidNbformat45(text);
    assert.ok(text.startsWith('{\n "cells": [\n  {\n   "cell_type": "markdown",\n'), 'sorted keys, 1-space indentation');
    assert.ok(text.endsWith('"nbformat": 4,\n "nbformat_minor": 5\n}\n'), 'a final newline');
    const doc = JSON.parse(text);
    assert.deepEqual(doc.metadata.kernelspec, { display_name: 'Python 3 (ipykernel)', language: 'python', name: 'python3' });
    assert.equal(doc.metadata.language_info.name, 'python');
    assert.deepEqual(doc.metadata.custom, { nested: [1, { deep: true }], 'with space': null }, 'unknown notebook metadata is kept');
    assert.deepEqual(doc.metadata.tnbExtra, { fromTheFuture: { x: [1, 2] } });
    assert.deepEqual(
      doc.cells.map((c: Record<string, unknown>) => [c.cell_type, c.id]),
      [['markdown', 'cell-0'], ['code', 'cell-1'], ['code', 'cell-2'], ['raw', 'cell-3'], ['code', 'cell-4'], ['markdown', 'intro-7f3e']],
    );
  });

  test('cells: sources as lists of lines, metadata, execution counts, raw cells', () => {
    const doc = JSON.parse(tnbToIpynb(everything()));
    const [markdown, code, failing, raw, empty] = doc.cells;
    assert.deepEqual(markdown.source, ['# Gradients\n', '\n', 'of *y = 3x*']);
    assert.deepEqual(markdown.metadata, { tnbExtra: { future: 'kept' } });
    assert.deepEqual(code.source, ['import torch\n', 'x = torch.ones(2, requires_grad=True)\n', 'print("hi")\n', 'x']);
    assert.equal(code.execution_count, 3, 'executionOrder gives the prompt number');
    assert.deepEqual(code.metadata, { collapsed: false, executionOrder: 3 });
    assert.equal(failing.execution_count, 4, 'execution_count gives the prompt number');
    assert.deepEqual(failing.metadata, { tags: ['fails'] }, 'and is not repeated in the metadata');
    assert.deepEqual(raw.metadata, { format: 'text/restructuredtext' });
    assert.deepEqual(raw.source, ['.. note:: raw text\n']);
    assert.equal(empty.execution_count, null);
    assert.deepEqual(empty.source, []);
    assert.deepEqual(empty.outputs, []);
  });

  test('outputs: stream, execute_result, display_data (image, html, JSON), error', () => {
    const doc = JSON.parse(tnbToIpynb(everything()));
    const [stdout, stderr, result, image, html] = doc.cells[1].outputs;
    assert.deepEqual(stdout, { name: 'stdout', output_type: 'stream', text: ['hi\n', 'there\n'] });
    assert.deepEqual(stderr, { name: 'stderr', output_type: 'stream', text: ['UserWarning: careful\n'] });
    assert.equal(result.output_type, 'execute_result');
    assert.equal(result.execution_count, 3);
    assert.deepEqual(result.metadata, {});
    assert.deepEqual(Object.keys(result.data), ['text/plain', TENSOR_MIME], 'a bundle keeps the order of the items');
    assert.deepEqual(Object.keys(result.data[TENSOR_MIME]), ['text', 'shape', 'dtype', 'grad'], 'and of the JSON in it');
    assert.deepEqual(result.data['text/plain'], ['tensor([1., 1.], requires_grad=True)']);
    assert.deepEqual(result.data[TENSOR_MIME], { dtype: 'float32', grad: null, shape: [2], text: 'tensor([1., 1.], requires_grad=True)' });
    assert.deepEqual(image, {
      data: { 'image/png': PNG, 'text/plain': ['<Figure size 640x480 with 1 Axes>'] },
      metadata: { 'image/png': { height: 413, width: 562 } },
      output_type: 'display_data',
    });
    assert.deepEqual(html.data, { 'application/json': [1, 'two', { three: 3 }], 'text/html': ['<div>\n', '<b>loss</b>\n', '</div>\n'] });
    assert.deepEqual(doc.cells[2].outputs, [
      {
        ename: 'RuntimeError',
        evalue: 'grad can be implicitly created only for scalar outputs',
        output_type: 'error',
        traceback: [
          'Traceback (most recent call last):',
          '  File "<cell 3>", line 1, in <module>',
          'RuntimeError: grad can be implicitly created only for scalar outputs',
        ],
      },
    ]);
  });

  test('a small notebook prints exactly', () => {
    const nb: TnbNotebook = {
      tnb: 1,
      metadata: {},
      cells: [
        { kind: 'markdown', source: 'a\nb' },
        { kind: 'code', source: 'x', outputs: [{ items: [{ mime: 'text/plain', data: '1' }] }] },
      ],
    };
    assert.equal(
      tnbToIpynb(nb),
      `{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "cell-0",
   "metadata": {},
   "source": [
    "a\\n",
    "b"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": null,
   "id": "cell-1",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "1"
      ]
     },
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": [
    "x"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {
   "display_name": "Python 3 (ipykernel)",
   "language": "python",
   "name": "python3"
  },
  "language_info": {
   "codemirror_mode": {
    "name": "ipython",
    "version": 3
   },
   "file_extension": ".py",
   "mimetype": "text/x-python",
   "name": "python",
   "nbconvert_exporter": "python",
   "pygments_lexer": "ipython3"
  }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
`,
    );
    assert.deepEqual(ipynbToTnb(tnbToIpynb(nb)), nb, 'the default kernelspec and language_info are not brought back');
  });

  test('cell ids: stored ones kept, invalid or repeated ones replaced, generated ones never clash', () => {
    const cell = (id?: string): TnbCell => ({ kind: 'code', source: '', ...(id === undefined ? {} : { metadata: { ipynbCellId: id } }) });
    const nb: TnbNotebook = { tnb: 1, metadata: {}, cells: [cell(), cell('cell-0'), cell('not valid!'), cell('cell-0'), cell('x'.repeat(65)), cell('ok_1')] };
    const text = tnbToIpynb(nb);
    assertValidNbformat45(text);
    const ids = JSON.parse(text).cells.map((c: { id: string }) => c.id);
    assert.deepEqual(ids, ['cell-0-1', 'cell-0', 'cell-2', 'cell-3', 'cell-4', 'ok_1']);
  });

  test('notebook metadata can override the kernelspec; transient keys are not written', () => {
    const kernelspec = { display_name: 'tnb', language: 'python', name: 'tnb' };
    const nb: TnbNotebook = { tnb: 1, metadata: { kernelspec, signature: 'sha256:x', orig_nbformat: 3 }, cells: [] };
    const doc = JSON.parse(tnbToIpynb(nb));
    assert.deepEqual(doc.metadata.kernelspec, kernelspec);
    assert.equal(doc.metadata.signature, undefined);
    assert.equal(doc.metadata.orig_nbformat, undefined);
    assert.deepEqual(ipynbToTnb(tnbToIpynb(nb)).metadata, { kernelspec });
  });

  test('stream items of one output: runs on the same stream merge, stdout and stderr stay apart', () => {
    const nb: TnbNotebook = {
      tnb: 1,
      metadata: {},
      cells: [
        {
          kind: 'code',
          source: '',
          outputs: [
            {
              items: [
                { mime: STDOUT_MIME, data: 'a\n' },
                { mime: STDOUT_MIME, data: 'b\n' },
                { mime: STDERR_MIME, data: 'c\n' },
                // base64 for bytes that were not UTF-8 when saved: decoded again (with replacement characters)
                { mime: STDOUT_MIME, encoding: 'base64', data: btoa('d\n') },
              ],
            },
          ],
        },
      ],
    };
    assert.deepEqual(JSON.parse(tnbToIpynb(nb)).cells[0].outputs, [
      { name: 'stdout', output_type: 'stream', text: ['a\n', 'b\n'] },
      { name: 'stderr', output_type: 'stream', text: ['c\n'] },
      { name: 'stdout', output_type: 'stream', text: ['d\n'] },
    ]);
  });

  test('an error item that is not the JSON of an error stays a display_data, unchanged', () => {
    const nb: TnbNotebook = {
      tnb: 1,
      metadata: {},
      cells: [{ kind: 'code', source: '', outputs: [{ items: [{ mime: ERROR_MIME, data: 'not json' }] }, { items: [{ mime: ERROR_MIME, data: '{"name": 3}' }] }] }],
    };
    const outputs = JSON.parse(tnbToIpynb(nb)).cells[0].outputs;
    assert.deepEqual(
      outputs.map((o: { output_type: string }) => o.output_type),
      ['display_data', 'display_data'],
    );
    assert.deepEqual(ipynbToTnb(tnbToIpynb(nb)), nb);
  });

  test('an error with a multi-line traceback entry keeps its list', () => {
    const traceback = ['\u001b[0;31mTraceback\u001b[0m', 'Cell In[3], line 1\n----> 1 y.backward()\n', 'RuntimeError: boom'];
    const ipynb = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [{ cell_type: 'code', id: 'a', metadata: {}, execution_count: 1, source: 'y.backward()', outputs: [{ output_type: 'error', ename: 'RuntimeError', evalue: 'boom', traceback }] }],
    });
    const item = ipynbToTnb(ipynb).cells[0].outputs![0].items[0];
    assert.equal(item.mime, ERROR_MIME);
    const payload = JSON.parse(item.data as string);
    assert.equal(payload.name, 'RuntimeError');
    assert.equal(payload.message, 'boom');
    assert.equal(payload.stack, traceback.join('\n'), 'the stack VS Code shows');
    assert.deepEqual(payload.traceback, traceback);
    assert.deepEqual(JSON.parse(tnbToIpynb(ipynbToTnb(ipynb))).cells[0].outputs[0].traceback, traceback);
  });

  test('splitLines splits as Python str.splitlines(True)', () => {
    assert.deepEqual(splitLines(''), []);
    assert.deepEqual(splitLines('a'), ['a']);
    assert.deepEqual(splitLines('a\n'), ['a\n']);
    assert.deepEqual(splitLines('a\n\nb'), ['a\n', '\n', 'b']);
    assert.deepEqual(splitLines('a\r\nb\rc\u2028d'), ['a\r\n', 'b\r', 'c\u2028', 'd']);
  });
});

describe('ipynb: notebooks Jupyter wrote', () => {
  test('the fixture reads as the notebook it shows', () => {
    const nb = ipynbToTnb(JUPYTER);
    assert.deepEqual(
      nb.cells.map((c) => c.kind),
      ['markdown', 'code', 'code', 'code', 'markdown', 'code'],
    );
    assert.equal(nb.cells[0].source, '# Autograd, step by step\n\nWe build $y = 3x^2$ and ask for $\\partial y / \\partial x$.');
    assert.deepEqual(nb.cells[0].metadata, { ipynbCellId: '0b5a6a52-3b8e-4f43-9d6c-8f1e2a7c9b10' });

    // Notebook metadata: the default kernelspec is dropped, the rest (language_info with its version, toc) kept.
    assert.deepEqual(Object.keys(nb.metadata), ['language_info', 'toc']);
    assert.equal((nb.metadata.language_info as JsonObject).version, '3.11.4');
    assert.equal((nb.metadata.toc as JsonObject).title_cell, 'Contents');

    const first = nb.cells[1];
    assert.ok(first.source.startsWith('import torch\nx = torch.tensor([1., 2., 3.], requires_grad=True)\n'));
    assert.ok(first.source.endsWith('\ny.grad\ny'));
    assert.equal(first.metadata?.execution_count, 1);
    assert.equal(first.metadata?.ipynbCellId, '5e3c1d2a');
    assert.deepEqual(first.metadata?.tags, []);
    assert.equal((first.metadata?.execution as JsonObject)['shell.execute_reply'], '2024-05-02T09:14:04.901Z');
    assert.deepEqual(first.outputs, [
      { items: [{ mime: STDOUT_MIME, data: 'torch 2.3.0\nshape: torch.Size([3])\n' }] },
      {
        items: [
          {
            mime: STDERR_MIME,
            data: '/tmp/ipykernel_4121/311.py:4: UserWarning: The .grad attribute of a Tensor that is not a leaf Tensor is being accessed.\n  y.grad\n',
          },
        ],
      },
      { items: [{ mime: 'text/plain', data: 'tensor([ 3., 12., 27.], grad_fn=<MulBackward0>)' }], metadata: { ipynbOutputType: 'execute_result' } },
    ]);

    assert.deepEqual(nb.cells[2].outputs, [
      {
        items: [
          { mime: 'image/png', encoding: 'base64', data: PNG },
          { mime: 'text/plain', data: '<Figure size 640x480 with 1 Axes>' },
        ],
        metadata: { 'image/png': { height: 413, width: 562 }, needs_background: 'light' },
      },
      {
        items: [
          { mime: 'text/html', data: '<div>\n<b>loss</b>: 0.25\n</div>' },
          { mime: 'text/plain', data: '<IPython.core.display.HTML object>' },
        ],
      },
    ]);

    const error = nb.cells[3];
    assert.equal(error.source, 'y.backward()');
    assert.deepEqual(error.metadata, { scrolled: true, ipynbCellId: 'c0ffee00', execution_count: 3 });
    assert.equal(error.outputs?.length, 1);
    const item = error.outputs![0].items[0];
    assert.equal(item.mime, ERROR_MIME);
    const payload = JSON.parse(item.data as string);
    assert.equal(payload.name, 'RuntimeError');
    assert.equal(payload.message, 'grad can be implicitly created only for scalar outputs');
    assert.ok(payload.stack.includes('\u001b[0;32m----> 1\u001b[0m'));
    assert.equal(payload.traceback.length, 5, 'IPython puts a frame per entry: the list is kept');

    assert.deepEqual(nb.cells[4], {
      kind: 'markdown',
      source: '.. note::\n   Raw cells pass through nbconvert untouched.',
      metadata: { format: 'text/restructuredtext', ipynbCellId: 'd4e5f6a7', ipynbCellType: 'raw' },
    });
    assert.deepEqual(nb.cells[5], {
      kind: 'code',
      source: 'lr = 0.1  # not run yet\n',
      metadata: { tags: ['parameters'], ipynbCellId: '1a2b3c4d' },
    });
  });

  test('the fixture prints back byte for byte, also through a .tnb file', () => {
    assert.equal(tnbToIpynb(ipynbToTnb(JUPYTER)), JUPYTER);
    const tnbText = serializeTnb(ipynbToTnb(JUPYTER));
    assert.equal(tnbToIpynb(parseTnb(tnbText)), JUPYTER);
  });

  test('an nbformat 4.0 notebook: sources as strings, no cell ids, wrapped base64, a BOM', () => {
    const old = JSON.stringify({
      cells: [
        { cell_type: 'markdown', metadata: {}, source: '# Old\ntext' },
        {
          cell_type: 'code',
          execution_count: 7,
          metadata: { collapsed: false, trusted: true },
          source: 'x\ny',
          outputs: [
            { output_type: 'execute_result', execution_count: 7, metadata: {}, data: { 'text/plain': '2', 'image/png': PNG.slice(0, 20) + '\n' + PNG.slice(20) + '\n' } },
            { output_type: 'stream', name: 'stdout', text: 'one\ntwo\n' },
          ],
        },
      ],
      metadata: { kernelspec: { display_name: 'Python 2', language: 'python', name: 'python2' }, signature: 'sha256:abc' },
      nbformat: 4,
      nbformat_minor: 0,
    });
    const nb = ipynbToTnb('\uFEFF' + old);
    assert.deepEqual(nb, {
      tnb: 1,
      metadata: { kernelspec: { display_name: 'Python 2', language: 'python', name: 'python2' } },
      cells: [
        { kind: 'markdown', source: '# Old\ntext' },
        {
          kind: 'code',
          source: 'x\ny',
          outputs: [
            {
              items: [
                { mime: 'text/plain', data: '2' },
                { mime: 'image/png', encoding: 'base64', data: PNG },
              ],
              metadata: { ipynbOutputType: 'execute_result' },
            },
            { items: [{ mime: STDOUT_MIME, data: 'one\ntwo\n' }] },
          ],
          metadata: { collapsed: false, execution_count: 7 },
        },
      ],
    });
    const upgraded = tnbToIpynb(nb);
    assertValidNbformat45(upgraded);
    assert.deepEqual(
      JSON.parse(upgraded).cells.map((c: { id: string }) => c.id),
      ['cell-0', 'cell-1'],
    );
  });

  test('attachments of markdown cells survive', () => {
    const ipynb = JSON.stringify({
      nbformat: 4,
      nbformat_minor: 5,
      metadata: {},
      cells: [{ cell_type: 'markdown', id: 'm', metadata: {}, source: '![x](attachment:x.svg)', attachments: { 'x.svg': { 'image/svg+xml': ['<svg>\n', '</svg>'] } } }],
    });
    const nb = ipynbToTnb(ipynb);
    assert.deepEqual(nb.cells[0].metadata, { ipynbCellId: 'm', ipynbAttachments: { 'x.svg': { 'image/svg+xml': '<svg>\n</svg>' } } });
    assert.deepEqual(JSON.parse(tnbToIpynb(nb)).cells[0].attachments, { 'x.svg': { 'image/svg+xml': ['<svg>\n', '</svg>'] } });
  });
});

describe('ipynb: malformed files raise TnbFormatError naming the problem and where', () => {
  const nbWith = (cells: unknown[]) => JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells });
  const codeWith = (outputs: unknown[]) => nbWith([{ cell_type: 'code', execution_count: null, metadata: {}, source: '', outputs }]);

  test('not JSON', () => {
    const e = assertIpynbError('{\n "cells": [}\n', 'not valid JSON', "expected a value, found '}'", 'line 2, column 12');
    assert.equal(e.line, 2);
    assertIpynbError('', 'not valid JSON', 'found the end of the file');
  });

  test('not a notebook object, or the wrong nbformat', () => {
    assertIpynbError('[]', 'a Jupyter notebook is a JSON object', 'found an array');
    assertIpynbError('{"cells": []}', 'nbformat: missing the format version (a Jupyter notebook has "nbformat": 4)');
    assertIpynbError('{"tnb": 1, "cells": []}', 'this looks like a .tnb notebook');
    const e = assertIpynbError('{"nbformat": 3, "nbformat_minor": 0, "worksheets": []}', 'nbformat: this is an nbformat 3 notebook; tnb reads nbformat 4 only', 'upgrade', 'line 1, column 14');
    assert.equal(e.path, 'nbformat');
    assertIpynbError('{"metadata": {}, "worksheets": []}', 'this looks like an nbformat 3 notebook');
    assertIpynbError('{"nbformat": 5, "cells": []}', 'this is an nbformat 5 notebook, newer than the nbformat 4 tnb reads');
    assertIpynbError('{"nbformat": "4", "cells": []}', 'nbformat: expected the format version 4, found "4"');
    assertIpynbError('{"nbformat": 4, "nbformat_minor": -1, "cells": []}', 'nbformat_minor: expected a minor version (0 to 5), found -1');
  });

  test('metadata or cells of the wrong type', () => {
    assertIpynbError('{"nbformat": 4, "metadata": [], "cells": []}', 'metadata: expected an object, found an array');
    assertIpynbError('{"nbformat": 4, "nbformat_minor": 5}', 'cells: missing (expected an array of cells)');
    assertIpynbError('{"nbformat": 4, "cells": {"cell_type": "code"}}', 'cells: expected an array of cells, found an object');
  });

  test('a cell without a cell_type, of an unknown type, or with a bad source, id, metadata or count', () => {
    const text = '{\n "nbformat": 4,\n "cells": [\n  {"cell_type": "code", "source": ""},\n  {"source": "x"}\n ]\n}';
    const e = assertIpynbError(text, 'cells[1].cell_type: missing (expected "code", "markdown" or "raw")', 'line 5');
    assert.equal(e.problem, 'missing (expected "code", "markdown" or "raw")');
    assertIpynbError(nbWith([{ cell_type: 'heading', level: 1, source: 'x' }]), 'cells[0].cell_type: expected "code", "markdown" or "raw", found "heading"');
    assertIpynbError(nbWith([7]), 'cells[0]: expected a cell object, found 7');
    assertIpynbError(nbWith([{ cell_type: 'markdown' }]), 'cells[0].source: missing (expected a string or a list of strings)');
    assertIpynbError(nbWith([{ cell_type: 'markdown', source: 42 }]), 'cells[0].source: expected a string or a list of strings, found 42');
    assertIpynbError(nbWith([{ cell_type: 'markdown', source: ['a\n', 7] }]), 'cells[0].source[1]: expected a string (one line), found 7');
    assertIpynbError(nbWith([{ cell_type: 'markdown', source: '', metadata: [] }]), 'cells[0].metadata: expected an object, found an array');
    assertIpynbError(nbWith([{ cell_type: 'markdown', source: '', id: 5 }]), 'cells[0].id: expected a string, found 5');
    assertIpynbError(nbWith([{ cell_type: 'code', source: '', execution_count: '1' }]), 'cells[0].execution_count: expected a non-negative integer or null, found "1"');
    assertIpynbError(nbWith([{ cell_type: 'code', source: '', outputs: {} }]), 'cells[0].outputs: expected an array of outputs, found an object');
    assertIpynbError(nbWith([{ cell_type: 'markdown', source: '', attachments: [] }]), 'cells[0].attachments: expected an object of attachments, found an array');
  });

  test('outputs of an unknown type or the wrong shape', () => {
    assertIpynbError(codeWith([3]), 'cells[0].outputs[0]: expected an output object, found 3');
    assertIpynbError(codeWith([{ text: 'x' }]), 'cells[0].outputs[0].output_type: missing (expected "stream", "display_data", "execute_result" or "error")');
    assertIpynbError(codeWith([{ output_type: 'pyout' }]), 'cells[0].outputs[0].output_type: expected "stream", "display_data", "execute_result" or "error", found "pyout"');
    assertIpynbError(codeWith([{ output_type: 'stream', name: 'stdout' }]), 'cells[0].outputs[0].text: missing (expected a string or a list of strings)');
    assertIpynbError(codeWith([{ output_type: 'stream', text: 'x' }]), 'cells[0].outputs[0].name: missing (expected a string)');
    assertIpynbError(codeWith([{ output_type: 'error', evalue: 'x', traceback: [] }]), 'cells[0].outputs[0].ename: missing (expected a string)');
    assertIpynbError(codeWith([{ output_type: 'error', ename: 'E', evalue: 'x', traceback: 'oops' }]), 'cells[0].outputs[0].traceback: expected a list of strings, found "oops"');
    assertIpynbError(codeWith([{ output_type: 'error', ename: 'E', evalue: 'x', traceback: ['a', null] }]), 'cells[0].outputs[0].traceback[1]: expected a string, found null');
    assertIpynbError(codeWith([{ output_type: 'display_data', metadata: {} }]), 'cells[0].outputs[0].data: missing (expected a mime bundle object)');
    assertIpynbError(
      codeWith([{ output_type: 'execute_result', data: { 'text/plain': { a: 1 } }, metadata: {} }]),
      'cells[0].outputs[0].data["text/plain"]: expected a string or a list of strings, found an object',
    );
    assertIpynbError(codeWith([{ output_type: 'display_data', data: {}, metadata: 'm' }]), 'cells[0].outputs[0].metadata: expected an object, found "m"');
  });
});

describe('py: the percent format', () => {
  const NB: TnbNotebook = {
    tnb: 1,
    metadata: {},
    cells: [
      { kind: 'markdown', source: '# Gradients\n\nof *y = 3x*' },
      { kind: 'code', source: 'import torch\nx = torch.ones(2, requires_grad=True)' },
      { kind: 'code', source: 'for step in range(3):\n    y = (x * x).sum()\n\n    y.backward()', metadata: { title: 'Training loop' } },
      { kind: 'markdown', source: 'Done.', metadata: { title: 'Notes' } },
    ],
  };
  const PY = `# %% [markdown]
# # Gradients
#
# of *y = 3x*

# %%
import torch
x = torch.ones(2, requires_grad=True)

# %% Training loop
for step in range(3):
    y = (x * x).sum()

    y.backward()

# %% Notes [markdown]
# Done.
`;

  test('a notebook prints as a percent script', () => {
    assert.equal(tnbToPercent(NB), PY);
  });

  test('a percent script reads as the notebook, titles in the cell metadata', () => {
    assert.deepEqual(percentToTnb(PY), NB);
  });

  test('outputs are dropped', () => {
    const withOutputs: TnbNotebook = { tnb: 1, metadata: {}, cells: [{ kind: 'code', source: 'x', outputs: [{ items: [{ mime: 'text/plain', data: '1' }] }] }] };
    assert.equal(tnbToPercent(withOutputs), '# %%\nx\n');
    assert.deepEqual(percentToTnb(tnbToPercent(withOutputs)).cells, [{ kind: 'code', source: 'x' }]);
  });

  test('a plain script without markers is one code cell: the whole script', () => {
    const script = '#!/usr/bin/env python\n"""Train."""\n\nimport torch\n\n\ndef f(x):\n    return x * 2\n\nprint(f(torch.ones(2)))\n\n\n';
    assert.deepEqual(percentToTnb(script), {
      tnb: 1,
      metadata: {},
      cells: [{ kind: 'code', source: '#!/usr/bin/env python\n"""Train."""\n\nimport torch\n\n\ndef f(x):\n    return x * 2\n\nprint(f(torch.ones(2)))' }],
    });
    assert.deepEqual(percentToTnb('\n\nx = 1\n').cells, [{ kind: 'code', source: '\n\nx = 1' }], 'leading blank lines keep line numbers');
    assert.deepEqual(percentToTnb(''), { tnb: 1, metadata: {}, cells: [] });
    assert.deepEqual(percentToTnb('\n  \n').cells, []);
  });

  test('code before the first marker is a code cell of its own', () => {
    assert.deepEqual(percentToTnb('import torch\n\n# %%\nx = 1\n').cells, [
      { kind: 'code', source: 'import torch' },
      { kind: 'code', source: 'x = 1' },
    ]);
  });

  test('marker variants: #%%, [md], [raw], a title before or after the type, CRLF and a BOM', () => {
    const text = '\uFEFF#%%\r\na = 1\r\n\r\n# %% [md]\r\n# *hi*\r\n# %% [markdown] After\n# x\n# %%%  Spaced  title \nb\n# %% [raw]\n# raw text\n#\n';
    assert.deepEqual(percentToTnb(text).cells, [
      { kind: 'code', source: 'a = 1' },
      { kind: 'markdown', source: '*hi*' },
      { kind: 'markdown', source: 'x', metadata: { title: 'After' } },
      { kind: 'code', source: 'b', metadata: { title: 'Spaced  title' } },
      { kind: 'markdown', source: 'raw text\n', metadata: { ipynbCellType: 'raw' } },
    ]);
  });

  test('lines that are not markers do not split cells', () => {
    const text = '# %%\n# %%x is not a marker\n    # %% indented is not one either\n#%%%%\n# comment\n';
    assert.deepEqual(percentToTnb(text).cells, [
      { kind: 'code', source: '# %%x is not a marker\n    # %% indented is not one either' },
      { kind: 'code', source: '# comment' },
    ]);
  });

  test('markdown lines are read with or without the space after #', () => {
    assert.deepEqual(percentToTnb('# %% [markdown]\n# a\n#b\n#\n\nnot commented\n').cells, [{ kind: 'markdown', source: 'a\nb\n\n\nnot commented' }]);
  });

  test('a Jupytext header is kept verbatim in the notebook metadata and written back', () => {
    const header = '# ---\n# jupyter:\n#   jupytext:\n#     text_representation:\n#       format_name: percent\n#   kernelspec:\n#     name: python3\n# ---';
    const text = `${header}\n\n# %%\nx = 1\n`;
    const nb = percentToTnb(text);
    assert.deepEqual(nb, { tnb: 1, metadata: { percentHeader: header }, cells: [{ kind: 'code', source: 'x = 1' }] });
    assert.equal(tnbToPercent(nb), text);
    // A comment banner is not a header: it stays in the script.
    const banner = '# ---\n# training script\n# ---\nx = 1\n';
    assert.deepEqual(percentToTnb(banner).cells, [{ kind: 'code', source: '# ---\n# training script\n# ---\nx = 1' }]);
  });

  test('round trip keeps the kinds and sources of tricky cells', () => {
    const cells: TnbCell[] = [
      { kind: 'code', source: 'a = 1\n# %% this line is code, not a marker\n# # %% nor this\n#%%\n# %%%' },
      { kind: 'markdown', source: '%% starts with percents\n  %% indented\n# %% a heading-like line\n# # %%\n%%notamarker' },
      { kind: 'markdown', source: '\n\nleading and trailing empty lines\n\n' },
      { kind: 'markdown', source: '' },
      { kind: 'code', source: '' },
      { kind: 'code', source: '\n\n  indented after blank lines' },
      { kind: 'code', source: 'if x:\n\n    pass', metadata: { title: 'Title with [brackets]' } },
      { kind: 'markdown', source: 'raw\n\ncell', metadata: { ipynbCellType: 'raw', title: 'r' } },
      { kind: 'code', source: '# ---\n# jupyter:\n# ---' },
    ];
    const nb: TnbNotebook = { tnb: 1, metadata: {}, cells };
    const text = tnbToPercent(nb);
    assert.deepEqual(percentToTnb(text), nb, text);
    assert.equal(tnbToPercent(percentToTnb(text)), text, 'stable');
  });

  test('what a .py file cannot hold: trailing blank lines of code, metadata, a title on two lines', () => {
    const nb: TnbNotebook = {
      tnb: 1,
      metadata: { kernelspec: { name: 'python3' } },
      cells: [{ kind: 'code', source: 'x = 1\n\n', metadata: { title: 'two\nlines', collapsed: true } }],
    };
    assert.equal(tnbToPercent(nb), '# %% two lines\nx = 1\n\n\n');
    assert.deepEqual(percentToTnb(tnbToPercent(nb)), { tnb: 1, metadata: {}, cells: [{ kind: 'code', source: 'x = 1', metadata: { title: 'two lines' } }] });
  });

  test('an empty notebook is an empty file', () => {
    assert.equal(tnbToPercent({ tnb: 1, metadata: {}, cells: [] }), '');
  });
});

describe('convert: formats by file extension', () => {
  test('formatFromPath', () => {
    assert.equal(formatFromPath('a.tnb'), 'tnb');
    assert.equal(formatFromPath('dir/Notebook.IPYNB'), 'ipynb');
    assert.equal(formatFromPath('C:\\work\\train.Py'), 'py');
    assert.equal(formatFromPath('/x.y/notes.md'), null);
    assert.equal(formatFromPath('/x.ipynb/README'), null, 'a dot in a folder name is not an extension');
    assert.equal(formatFromPath('train.py.bak'), null);
    assert.equal(formatFromPath('noextension'), null);
  });

  test('readNotebook and writeNotebook dispatch to each format', () => {
    const nb = everything();
    const tnbText = writeNotebook(nb, 'tnb');
    assert.equal(tnbText, serializeTnb(nb));
    assert.deepEqual(readNotebook(tnbText, 'tnb'), parseTnb(tnbText));
    assert.equal(writeNotebook(nb, 'ipynb'), tnbToIpynb(nb));
    assert.deepEqual(readNotebook(writeNotebook(nb, 'ipynb'), 'ipynb'), nb);
    assert.equal(writeNotebook(nb, 'py'), tnbToPercent(nb));
    assert.deepEqual(
      readNotebook(writeNotebook(nb, 'py'), 'py').cells.map((c) => [c.kind, c.source]),
      nb.cells.map((c) => [c.kind, c.kind === 'code' ? c.source.replace(/\n+$/, '') : c.source]),
    );
  });

  test('.py -> .ipynb -> .tnb -> .py', () => {
    const py = '# %% [markdown]\n# # Title\n\n# %% Setup\nimport torch\n\n# %%\nx = torch.ones(3)\nx\n';
    const ipynb = writeNotebook(readNotebook(py, 'py'), 'ipynb');
    assertValidNbformat45(ipynb);
    const tnb = writeNotebook(readNotebook(ipynb, 'ipynb'), 'tnb');
    assert.equal(writeNotebook(readNotebook(tnb, 'tnb'), 'py'), py);
  });

  test('reading a file in the wrong format names the problem', () => {
    assert.throws(() => readNotebook('{"nbformat": 4, "cells": []}', 'tnb'), (e: unknown) => e instanceof TnbFormatError && e.message.includes('tnb: missing the format version'));
    assert.throws(() => readNotebook('{"tnb": 1, "metadata": {}, "cells": []}', 'ipynb'), (e: unknown) => e instanceof TnbFormatError && e.message.includes('this looks like a .tnb notebook'));
  });
});
