// In-place ops without a graph (no_grad, SGD updates, gradient accumulation) write straight into self (OpDef.into);
// operands that overlap self other than as the very same view, and results of another dtype or shape, take the
// general path (compute, then copy back). Both must give PyTorch's values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';

const vals = (t: torch.Tensor): number[] => Array.from(t.toArray());
const arange = (n: number): torch.Tensor => torch.tensor(Array.from({ length: n }, (_, i) => i + 1), { dtype: 'float32' });

test('no_grad add_/sub_/mul_/div_ write into self, with broadcasting, alpha, scalars and strided self', () => torch.tidy(() => {
  torch.no_grad(() => {
    const x = arange(6).reshape([2, 3]);
    const p = x.storage.ptr;
    x.add_(torch.tensor([10, 20, 30], { dtype: 'float32' }));
    assert.deepEqual(vals(x), [11, 22, 33, 14, 25, 36]);
    x.sub_(torch.ones([2, 3]), 2);
    assert.deepEqual(vals(x), [9, 20, 31, 12, 23, 34]);
    x.mul_(2);
    x.div_(4);
    assert.deepEqual(vals(x), [4.5, 10, 15.5, 6, 11.5, 17]);
    assert.equal(x.storage.ptr, p);
    const y = arange(6).reshape([2, 3]);
    torch.t(y).mul_(torch.tensor([1, 10], { dtype: 'float32' }));   // a transposed (strided) self
    assert.deepEqual(vals(y), [1, 2, 3, 40, 50, 60]);
  });
}));

test('an operand overlapping self (shifted view) gives the out-of-place result, the same view is fine', () => torch.tidy(() => {
  torch.no_grad(() => {
    const x = arange(5);
    torch.slice(x, 0, 1).add_(torch.slice(x, 0, 0, 4));   // x[1:] += x[:-1], all read before any write
    assert.deepEqual(vals(x), [1, 3, 5, 7, 9]);
    const z = arange(4);
    z.add_(z);
    assert.deepEqual(vals(z), [2, 4, 6, 8]);
    const c = arange(4);
    torch.slice(c, 0, 1).copy_(torch.slice(c, 0, 0, 3));
    assert.deepEqual(vals(c), [1, 1, 2, 3]);
  });
}));

test('fill_, zero_ and copy_ (with a cast) in place; dtype errors unchanged', () => torch.tidy(() => {
  torch.no_grad(() => {
    const x = arange(4);
    x.fill_(2.5);
    assert.deepEqual(vals(x), [2.5, 2.5, 2.5, 2.5]);
    x.zero_();
    assert.deepEqual(vals(x), [0, 0, 0, 0]);
    x.copy_(torch.tensor([1, 2, 3, 4], { dtype: 'int64' }));
    assert.deepEqual(vals(x), [1, 2, 3, 4]);
    const i = torch.tensor([1, 2], { dtype: 'int64' });
    assert.throws(() => i.add_(1.5), /result type Float can't be cast to the desired output type Long/);
    assert.throws(() => i.div_(2), /result type Float can't be cast to the desired output type Long/);
    assert.throws(() => arange(3).add_(torch.ones([2, 3])), /output with shape \[3\] doesn't match the broadcast shape \[2, 3\]/);
    assert.deepEqual(vals(i), [1, 2]);
  });
}));

test('an SGD loop keeps its memory steady (no temporaries left behind by the fast path)', () => {
  const w = torch.randn([50, 20]).requires_grad_(true).retain();
  const x = torch.randn([8, 50]).retain();
  const step = (): void => torch.tidy(() => {
    torch.mm(x, w).relu().sum().backward();
    torch.no_grad(() => { w.sub_((w.grad as torch.Tensor).mul(0.1)); (w.grad as torch.Tensor).zero_(); });
  });
  for (let i = 0; i < 3; i++) step();
  const before = torch.memory_stats().liveBlocks;
  for (let i = 0; i < 20; i++) step();
  assert.equal(torch.memory_stats().liveBlocks, before);
  w.release(); x.release();
});
