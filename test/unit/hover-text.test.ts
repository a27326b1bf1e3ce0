// Hover text (extension/hover-text.ts) and its heatmap pictures (extension/png.ts): which expression is under the
// pointer, what the Markdown says for tensors with and without .grad, that user strings cannot inject Markdown or
// HTML, and that the PNG decodes to the colours of the renderer's maps.
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';
import { tensorPayload } from '../../kernel/payload';
import { expressionAt, hoverMarkdown, whyNoGrad } from '../../extension/hover-text';
import { encodePng, heatmapPng } from '../../extension/png';
import { colorOf, scaleFor } from '../../renderer/colormap';

test('the expression under the pointer: names and attribute chains up to the hovered part', () => {
  const line = 'y = x.grad.norm() + model.fc1.weight  # x here';
  assert.equal(expressionAt(line, 0)?.expression, 'y');
  assert.equal(expressionAt(line, 4)?.expression, 'x');
  assert.equal(expressionAt(line, 7)?.expression, 'x.grad');
  assert.equal(expressionAt(line, 12)?.expression, 'x.grad.norm');
  assert.equal(expressionAt(line, 27)?.expression, 'model.fc1');
  assert.equal(expressionAt(line, 32)?.expression, 'model.fc1.weight');
  assert.equal(expressionAt(line, 41), null, 'inside a comment');
  assert.equal(expressionAt("s = 'x.grad'", 6), null, 'inside a string');
  assert.equal(expressionAt('for i in range(3):', 1), null, 'a keyword');
  assert.equal(expressionAt('f(x).grad', 6), null, "an attribute of a call's result");
});

test('a leaf after backward: one-line summary, value and grad statistics, both heatmaps, version', () => {
  const x = torch.ones([2, 3], { requires_grad: true });
  x.mul(3).sum().backward();
  const md = hoverMarkdown({ kind: 'tensor', expression: 'x', tensor: tensorPayload(x, { text: x.repr(), name: 'x' }) });
  assert.match(md, /^\*\*x\*\* · version 0/);
  assert.match(md, /tensor of shape \[2, 3\], dtype=torch\.float32, requires_grad=True \(leaf\)/);
  assert.match(md, /\| value \| 1 \| 1 \| 1 \| 0 \| 2\.4495 \|/);
  assert.match(md, /\| \.grad \| 3 \| 3 \| 3 \| 0 \| 7\.3485 \|/);
  assert.equal((md.match(/!\[(value|grad) heatmap\]\(data:image\/png;base64,/g) ?? []).length, 2);
});

test('why a tensor has no .grad, and the grad_fn chain of a non-leaf', () => {
  const x = torch.ones([2], { requires_grad: true });
  const y = x.mul(2).exp();
  const p = tensorPayload(y, { text: y.repr(), name: 'y', leafName: (t) => (t === x ? 'x' : null) });
  assert.match(whyNoGrad(p), /^not a leaf/);
  const md = hoverMarkdown({ kind: 'tensor', expression: 'y', tensor: p });
  assert.match(md, /grad_fn=<ExpBackward0>/);
  assert.match(md, /grad_fn chain: ExpBackward0 → MulBackward0 → AccumulateGrad\\\(x\\\) \(3 nodes\)/);
  assert.match(whyNoGrad(tensorPayload(torch.ones([2]), { text: '' })), /^requires_grad=False/);
  assert.match(whyNoGrad(tensorPayload(x, { text: '' })), /^no backward has reached it yet/);
});

test('user strings cannot inject Markdown or HTML into the hover', () => {
  const evil = '<img src=x onerror=alert(1)>**bold** [link](http://e) ```';
  const md = hoverMarkdown({ kind: 'value', expression: 'v', type: evil, repr: evil + '\n```\n# heading' });
  assert.ok(!md.split('````')[0].includes(' <img'), 'the type name is escaped');
  assert.match(md, /\\<img src=x onerror=alert\\\(1\\\)\\>/);
  // the repr sits in a fence longer than any backtick run inside it
  assert.match(md, /\n````text\n<img src=x onerror=alert\(1\)>\*\*bold\*\* \[link\]\(http:\/\/e\) ```\n```\n# heading\n````\n/);
});

test('the PNG is a valid image whose pixels are the colour map of the values', () => {
  const t = torch.tensor([[0, 1], [2, 3]], { dtype: 'float32' });
  const uri = heatmapPng(tensorPayload(t, { text: '' }), 'sequential', 4);
  assert.ok(uri);
  const png = Buffer.from(uri.split(',')[1], 'base64');
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.equal(png.readUInt32BE(16), 4);   // width: 2 columns of 2 pixels
  assert.equal(png.readUInt32BE(20), 4);
  const idat = png.indexOf('IDAT');
  const raw = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)));
  const scale = scaleFor('sequential', 0, 3);
  // row 2 (second element row), pixel 2 (second column): value 3
  const o = 2 * (4 * 3 + 1) + 1 + 2 * 3;
  assert.deepEqual([raw[o], raw[o + 1], raw[o + 2]], [...colorOf(3, scale)]);
  assert.equal(encodePng(1, 1, new Uint8Array([1, 2, 3])).length > 40, true);
});
