// Memory layouts of new tensors against real PyTorch 1.13.1 (test/golden/layouts.json, made by
// test/golden/gen_layouts.py): 600 random operand layouts (permuted, strided, expanded, broadcast), the strides
// of the pointwise result over them and of clone(). Checked twice: the layout rule alone (shape.ts), and the
// engine's tensors (ops on views of those layouts give those strides, and the values are right).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';
import { Tensor } from '../../kernel/engine';
import { contiguousStrides, iteratorStrides, numel, preservedStrides } from '../../kernel/engine/shape';

interface Operand { shape: number[]; strides: number[] }
interface Case { operands: Operand[]; out: number[]; outShape: number[]; clone: number[] }
const golden = JSON.parse(readFileSync(join(process.cwd(), 'test/golden/layouts.json'), 'utf8')) as { torch: string; cases: Case[] };

/** The condition of where(x != 0, y, z): x != 0 laid out by the same rule from x alone. */
const conditionOf = (x: Operand): Operand => ({ shape: x.shape, strides: iteratorStrides(x.shape, [x]) ?? contiguousStrides(x.shape) });

test(`pointwise results are laid out as PyTorch lays them out (${golden.cases.length} cases from torch ${golden.torch})`, () => {
  let nonRowMajor = 0;
  golden.cases.forEach((c, i) => {
    const ops = c.operands.length === 3 ? [conditionOf(c.operands[0]), c.operands[1], c.operands[2]] : c.operands;
    const got = iteratorStrides(c.outShape, ops) ?? contiguousStrides(c.outShape);
    // PyTorch's strides of size-1 dims are arbitrary (never used to address memory): compare the others
    const keep = (st: number[]): number[] => st.map((s, d) => (c.outShape[d] === 1 ? -1 : s));
    assert.deepEqual(keep(got), keep(c.out), `case ${i}: ${JSON.stringify(c.operands)}`);
    if (got.join() !== contiguousStrides(c.outShape).join()) nonRowMajor++;
  });
  assert.ok(nonRowMajor > 100, `the cases exercise non-row-major results (${nonRowMajor})`);
});

test('clone() keeps a dense tensor\'s strides, and gives others row-major strides', () => {
  golden.cases.forEach((c, i) => {
    const x = c.operands[0];
    const got = preservedStrides(x.shape, x.strides) ?? contiguousStrides(x.shape);
    const keep = (st: number[]): number[] => st.map((s, d) => (x.shape[d] === 1 ? -1 : s));
    assert.deepEqual(keep(got), keep(c.clone), `case ${i}: ${JSON.stringify(x)}`);
  });
});

/** A tensor with operand o's shape and strides over a fresh storage (values 1, 2, 3, ... in memory order). */
function viewWithLayout(o: Operand): Tensor {
  const span = o.shape.reduce((m, s, d) => m + (s - 1) * o.strides[d], 0) + 1;
  const base = torch.add(torch.arange(0, numel(o.shape) === 0 ? 0 : span, 1), 1);
  return new Tensor(base.storage, 0, o.shape, o.strides, base.dtype);
}

test('the engine\'s ops and clone() give those layouts, with the values of row-major inputs', () => torch.tidy(() => {
  golden.cases.forEach((c, i) => {
    const ops = c.operands.map(viewWithLayout);
    const out = ops.length === 1 ? torch.mul(ops[0], 1) : ops.length === 2 ? torch.add(ops[0], ops[1])
      : torch.where(torch.ne(ops[0], 0), ops[1], ops[2]);
    const keep = (st: readonly number[]): number[] => st.map((s, d) => (c.outShape[d] === 1 ? -1 : s));
    assert.deepEqual(keep(out.strides), keep(c.out), `case ${i}`);
    const plain = ops.map((t) => torch.contiguous(t));
    const want = plain.length === 1 ? torch.mul(plain[0], 1) : plain.length === 2 ? torch.add(plain[0], plain[1])
      : torch.where(torch.ne(plain[0], 0), plain[1], plain[2]);
    assert.deepEqual(Array.from(out.toArray()), Array.from(want.toArray()), `case ${i}: values`);
    const cl = torch.clone(ops[0], 'preserve');
    const keep0 = (st: readonly number[]): number[] => st.map((s, d) => (ops[0].shape[d] === 1 ? -1 : s));
    assert.deepEqual(keep0(cl.strides), keep0(c.clone), `case ${i}: clone`);
    assert.deepEqual(Array.from(cl.toArray()), Array.from(plain[0].toArray()), `case ${i}: clone values`);
  });
}));
