import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TnbFormatError, parseTnb, serializeTnb, type JsonValue, type TnbNotebook } from '../../kernel/format/tnb';

// A file as tnb writes it: 1-space indentation, known keys first, output data compact on one line, final newline.
const CANONICAL = `{
 "tnb": 1,
 "metadata": {
  "title": "autograd"
 },
 "cells": [
  {
   "kind": "markdown",
   "source": "# Gradients\\nof *y = 3x*"
  },
  {
   "kind": "code",
   "source": "import torch\\nx = torch.ones(2, requires_grad=True)\\nx",
   "outputs": [
    {
     "items": [
      {
       "mime": "text/plain",
       "data": "tensor([1., 1.], requires_grad=True)"
      },
      {
       "mime": "application/vnd.tnb.tensor+json",
       "data": {"text":"tensor([1., 1.], requires_grad=True)","shape":[2],"sample":{"values":[1,0.1,"nan"]}}
      },
      {
       "mime": "image/png",
       "encoding": "base64",
       "data": "iVBORw0KGgo="
      }
     ]
    }
   ],
   "metadata": {
    "collapsed": false
   }
  }
 ]
}
`;

/** parseTnb must throw a TnbFormatError whose message contains every fragment. */
function assertFormatError(text: string, ...fragments: string[]): TnbFormatError {
  let error: unknown;
  try {
    parseTnb(text);
  } catch (e) {
    error = e;
  }
  assert.ok(error instanceof TnbFormatError, `expected a TnbFormatError, got ${String(error)}`);
  for (const fragment of fragments) assert.ok(error.message.includes(fragment), `"${error.message}" lacks "${fragment}"`);
  return error;
}

describe('tnb format: round trip', () => {
  test('a canonical file prints back byte for byte', () => {
    assert.equal(serializeTnb(parseTnb(CANONICAL)), CANONICAL);
  });

  test('files written before data went on one line (indented data) read the same and print in the new layout', () => {
    const [head, rest] = CANONICAL.split('       "data": {"text"');
    const data = JSON.parse('{"text"' + rest.slice(0, rest.indexOf('\n'))) as JsonValue;
    const old = head + '       "data": ' + JSON.stringify(data, null, 1).replace(/\n/g, '\n       ') + rest.slice(rest.indexOf('\n'));
    assert.ok(old.includes('\n        "sample": {\n         "values": [\n          1,\n          0.1,'), old);
    assert.deepEqual(parseTnb(old), parseTnb(CANONICAL));
    assert.equal(serializeTnb(parseTnb(old)), CANONICAL);
  });

  test('only output data is compact: metadata and unknown keys stay indented, one member a line', () => {
    const nb: TnbNotebook = { tnb: 1, metadata: { a: [1] }, cells: [{ kind: 'code', source: '', extra: { x: { y: 1 } },
      outputs: [{ items: [{ mime: 'application/json', data: { deep: [[1, 2], { k: null }] }, extra: { z: [2] } }], metadata: { m: { n: 1 } } }] }] };
    assert.equal(serializeTnb(nb), `{
 "tnb": 1,
 "metadata": {
  "a": [
   1
  ]
 },
 "cells": [
  {
   "kind": "code",
   "source": "",
   "outputs": [
    {
     "items": [
      {
       "mime": "application/json",
       "data": {"deep":[[1,2],{"k":null}]},
       "z": [
        2
       ]
      }
     ],
     "metadata": {
      "m": {
       "n": 1
      }
     }
    }
   ],
   "x": {
    "y": 1
   }
  }
 ]
}
`);
    assert.deepEqual(parseTnb(serializeTnb(nb)), nb);
  });

  test('parsing gives the model', () => {
    const nb = parseTnb(CANONICAL);
    assert.equal(nb.tnb, 1);
    assert.deepEqual(nb.metadata, { title: 'autograd' });
    assert.equal(nb.cells.length, 2);
    assert.deepEqual(nb.cells[0], { kind: 'markdown', source: '# Gradients\nof *y = 3x*' });
    const code = nb.cells[1];
    assert.equal(code.kind, 'code');
    assert.equal(code.source, 'import torch\nx = torch.ones(2, requires_grad=True)\nx');
    assert.deepEqual(code.outputs?.[0].items[1], {
      mime: 'application/vnd.tnb.tensor+json',
      data: { text: 'tensor([1., 1.], requires_grad=True)', shape: [2], sample: { values: [1, 0.1, 'nan'] } },
    });
    assert.equal(code.outputs?.[0].items[2].encoding, 'base64');
  });

  test('a model prints with known keys first and in a fixed order, then parses back equal', () => {
    const nb: TnbNotebook = {
      cells: [{ metadata: { a: 1 }, source: 'x = 1', kind: 'code' }],
      metadata: {},
      tnb: 1,
    };
    const text = serializeTnb(nb);
    assert.equal(text, '{\n "tnb": 1,\n "metadata": {},\n "cells": [\n  {\n   "kind": "code",\n   "source": "x = 1",\n   "metadata": {\n    "a": 1\n   }\n  }\n ]\n}\n');
    assert.deepEqual(parseTnb(text), nb);
    assert.equal(serializeTnb(parseTnb(text)), text);
  });

  test('keys in another order, other indentation, CRLF and a byte order mark read the same', () => {
    const messy = '\uFEFF{"cells":[{"source":"1+1",\r\n"kind":"code"}],\r\n\t"tnb":1,"metadata":{}}';
    assert.equal(serializeTnb(parseTnb(messy)), '{\n "tnb": 1,\n "metadata": {},\n "cells": [\n  {\n   "kind": "code",\n   "source": "1+1"\n  }\n ]\n}\n');
  });

  test('unicode and every JSON escape survive', () => {
    const source = 'print("αβγ ∂y/∂x 🔥")\n\t"quoted" \\ back\u0001';
    const nb: TnbNotebook = { tnb: 1, metadata: {}, cells: [{ kind: 'code', source }] };
    assert.equal(parseTnb(serializeTnb(nb)).cells[0].source, source);
  });

  test('an empty notebook', () => {
    assert.deepEqual(parseTnb('{"tnb": 1, "cells": []}'), { tnb: 1, metadata: {}, cells: [] });
    assert.equal(serializeTnb({ tnb: 1, metadata: {}, cells: [] }), '{\n "tnb": 1,\n "metadata": {},\n "cells": []\n}\n');
  });
});

describe('tnb format: unknown keys are kept', () => {
  const FROM_THE_FUTURE = JSON.stringify({
    tnb: 1,
    metadata: { kernel: { name: 'tnb' } },
    cells: [
      {
        kind: 'code',
        source: 'y',
        outputs: [{ items: [{ mime: 'text/plain', data: 'y', lang: 'en' }], metadata: { m: 1 }, execution: 7 }],
        attachments: { 'a.png': 'xx' },
        id: 'c1',
      },
      { kind: 'markdown', source: 'hi', tags: ['t'] },
    ],
    zeta: [1, 2],
    alpha: { nested: { deep: true } },
  }).replace('"zeta"', '"__proto__":"an ordinary key","zeta"'); // a key JSON.parse keeps as an ordinary key

  test('at every level, after the known keys, in the order the file had them', () => {
    const nb = parseTnb(FROM_THE_FUTURE);
    assert.deepEqual(Object.keys(nb.extra ?? {}), ['__proto__', 'zeta', 'alpha']);
    assert.deepEqual(nb.cells[0].extra, { attachments: { 'a.png': 'xx' }, id: 'c1' });
    assert.deepEqual(nb.cells[0].outputs?.[0].extra, { execution: 7 });
    assert.deepEqual(nb.cells[0].outputs?.[0].items[0].extra, { lang: 'en' });
    assert.deepEqual(nb.cells[1].extra, { tags: ['t'] });

    const text = serializeTnb(nb);
    const again = JSON.parse(text) as Record<string, unknown>;
    assert.deepEqual(Object.keys(again), ['tnb', 'metadata', 'cells', '__proto__', 'zeta', 'alpha']);
    assert.equal(Object.getPrototypeOf(again), Object.prototype, 'a "__proto__" key must stay a key');
    assert.equal(again['__proto__'], 'an ordinary key');
    assert.deepEqual(again.alpha, { nested: { deep: true } });
    assert.equal(serializeTnb(parseTnb(text)), text, 'stable: printing twice gives the same bytes');
  });

  test('an extra key never overrides a known one', () => {
    const nb: TnbNotebook = { tnb: 1, metadata: {}, cells: [], extra: { cells: 'not these', other: 1 } };
    assert.deepEqual(JSON.parse(serializeTnb(nb)), { tnb: 1, metadata: {}, cells: [], other: 1 });
  });
});

describe('tnb format: malformed files raise TnbFormatError naming the problem, the path and the line', () => {
  test('not JSON: the message says where', () => {
    const e = assertFormatError('{\n "tnb": 1,\n "cells": [}\n', 'not valid JSON', "expected a value, found '}'", 'line 3, column 12');
    assert.equal(e.line, 3);
    assert.equal(e.column, 12);
    assertFormatError('{"tnb": 1,}', "expected a double-quoted property name, found '}'", 'line 1, column 11');
    assertFormatError('{"tnb": 1 "cells": []}', "expected ',' or '}' after a property value", 'line 1, column 11');
    assertFormatError('{"tnb": 1, "cells": [1 2]}', "expected ',' or ']' after an array element", 'column 24');
    assertFormatError('{"tnb": 1, "cells": []} trailing', 'unexpected text after the end', 'column 25');
    assertFormatError('{"tnb": 1, "cells": ["a\nb"]}', 'line break inside a string', 'line 1, column 24');
    assertFormatError('{"tnb": 1, "cells": ["\\x"]}', 'invalid escape', 'column 23');
    assertFormatError('{"tnb": 1, "cells": ["abc', 'unterminated string', 'column 22');
    assertFormatError('', 'not valid JSON', 'found the end of the file', 'line 1, column 1');
    assertFormatError("{'tnb': 1}", 'double-quoted property name');
    assertFormatError('{"tnb": -}', 'invalid number');
  });

  test('the top level is not an object', () => {
    assertFormatError('[]', 'the file must hold a JSON object', 'found an array', 'line 1, column 1');
    assertFormatError('"tnb"', 'found "tnb"');
    assertFormatError('null', 'found null');
  });

  test('the tnb version is missing or wrong', () => {
    assertFormatError('{"cells": []}', 'tnb: missing the format version');
    assertFormatError('{"tnb": "1", "cells": []}', 'tnb: expected the format version 1, found "1"', 'line 1, column 9');
    assertFormatError('{"tnb": 0, "cells": []}', 'found 0');
    assertFormatError('{"tnb": 1.5, "cells": []}', 'found 1.5');
    assertFormatError('{"tnb": 2, "cells": []}', 'tnb: this file has format version 2, newer than this tnb reads (1)');
  });

  test('metadata or cells of the wrong type', () => {
    assertFormatError('{"tnb": 1, "metadata": [], "cells": []}', 'metadata: expected an object, found an array', 'column 24');
    assertFormatError('{"tnb": 1}', 'cells: missing (expected an array of cells)');
    assertFormatError('{"tnb": 1, "cells": {"kind": "code"}}', 'cells: expected an array of cells, found an object', 'column 21');
    assertFormatError('{"tnb": 1, "cells": "print(1)"}', 'found "print(1)"');
  });

  test('a cell with a wrong kind, a missing or non-string source', () => {
    const text = '{\n "tnb": 1,\n "cells": [\n  {"kind": "code", "source": ""},\n  {"kind": "raw", "source": ""}\n ]\n}';
    const e = assertFormatError(text, 'cells[1].kind: expected "code" or "markdown", found "raw"', 'line 5, column 12');
    assert.equal(e.path, 'cells[1].kind');
    assert.equal(e.problem, 'expected "code" or "markdown", found "raw"');
    assertFormatError('{"tnb": 1, "cells": [{"source": ""}]}', 'cells[0].kind: missing', 'column 22');
    assertFormatError('{"tnb": 1, "cells": [{"kind": 3, "source": ""}]}', 'cells[0].kind: expected "code" or "markdown", found 3');
    assertFormatError('{"tnb": 1, "cells": [{"kind": "code"}]}', 'cells[0].source: missing (expected a string)');
    assertFormatError('{"tnb": 1, "cells": [{"kind": "code", "source": ["a\\n", "b"]}]}', 'cells[0].source: expected a string, found an array (a source is one string, not a list of lines)');
    assertFormatError('{"tnb": 1, "cells": [{"kind": "code", "source": 42}]}', 'cells[0].source: expected a string, found 42');
    assertFormatError('{"tnb": 1, "cells": [7]}', 'cells[0]: expected a cell object, found 7');
    assertFormatError('{"tnb": 1, "cells": [{"kind": "code", "source": "", "metadata": 1}]}', 'cells[0].metadata: expected an object, found 1');
  });

  test('outputs of the wrong shape', () => {
    const cell = (rest: string) => `{"tnb": 1, "cells": [{"kind": "code", "source": "", ${rest}}]}`;
    assertFormatError(cell('"outputs": {}'), 'cells[0].outputs: expected an array of outputs, found an object');
    assertFormatError('{"tnb": 1, "cells": [{"kind": "markdown", "source": "", "outputs": []}]}', 'cells[0].outputs: markdown cells have no outputs');
    assertFormatError(cell('"outputs": [{}]'), 'cells[0].outputs[0].items: missing (expected an array of output items)');
    assertFormatError(cell('"outputs": [{"items": [{"data": "x"}]}]'), 'cells[0].outputs[0].items[0].mime: expected a mime type, found nothing');
    assertFormatError(cell('"outputs": [{"items": [{"mime": "text/plain"}]}]'), 'cells[0].outputs[0].items[0].data: missing');
    assertFormatError(cell('"outputs": [{"items": [{"mime": "text/plain", "data": {"a": 1}}]}]'), 'items[0].data: expected a string (the text of text/plain), found an object');
    assertFormatError(cell('"outputs": [{"items": [{"mime": "image/png", "encoding": "hex", "data": "00"}]}]'), 'items[0].encoding: expected "base64", found "hex"');
    assertFormatError(cell('"outputs": [{"items": [{"mime": "application/json", "encoding": "base64", "data": 1}]}]'), 'items[0].data: expected a base64 string, found 1');
  });

  test('a key given twice in one object is an error at its second occurrence (saving would drop one of them)', () => {
    assertFormatError('{"tnb": 1, "cells": [],\n "cells": 5}', 'the key "cells" appears twice in one object', 'line 2, column 2');
    assertFormatError('{"tnb": 1, "cells": [{"kind": "code", "source": "", "k\\u0069nd": "code"}]}', 'the key "kind" appears twice', 'line 1, column 53');
    assert.equal(parseTnb('{"tnb": 1, "cells": [{"kind": "code", "source": "", "metadata": {"kind": 1}}]}').cells[0].metadata?.kind, 1);
  });

  test('long values are shortened in messages', () => {
    const e = assertFormatError(`{"tnb": 1, "cells": "${'x'.repeat(100)}"}`, 'found "xxxx');
    assert.ok(e.message.length < 120, e.message);
  });
});
