// Tensors that live past 2 GiB of the wasm32 heap: their addresses do not fit an int32, so every place the host
// turns a pointer into a typed-array index must read it unsigned (a signed shift made such a tensor read as
// undefined/NaN, and its values were written nowhere). A 2.1 GiB block is taken first (never touched, so the
// machine commits almost none of it); the tensors made after it sit above 2 GiB.
// Its own file: the wasm memory grown here never shrinks, and node --test runs each file in its own process.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';

test('tensors above 2 GiB: values written and read back, kernels, reductions, indexing, autograd', () => {
  const filler = torch.empty([Math.ceil(2.1 * 2 ** 30 / 4)]).retain();
  try {
    torch.tidy(() => {
      const x = torch.tensor([[1.5, -2, 3], [4, 5.25, -6]]);
      assert.ok(x.storage.ptr >= 2 ** 31, `the tensor should sit past 2 GiB (at ${x.storage.ptr})`);
      assert.deepEqual(Array.from(x.toArray() as Float64Array), [1.5, -2, 3, 4, 5.25, -6]);
      assert.equal(x.sum().item(), 5.75);
      assert.deepEqual(Array.from(torch.mul(x, 2).toArray() as Float64Array), [3, -4, 6, 8, 10.5, -12]);
      assert.deepEqual(Array.from(x.t().contiguous().toArray() as Float64Array), [1.5, 4, -2, 5.25, 3, -6]);
      const d = x.to('float64');
      assert.deepEqual(Array.from(d.toArray() as Float64Array), [1.5, -2, 3, 4, 5.25, -6]);
      const i = torch.tensor([2, 0], { dtype: 'int64' });
      assert.deepEqual(Array.from(torch.index_select(x, 1, i).toArray() as Float64Array), [3, 1.5, -6, 4]);
      assert.deepEqual(Array.from(torch.arange(0, 5, 1, { dtype: 'int64' }).toArray() as Float64Array), [0, 1, 2, 3, 4]);
      const w = torch.ones([3, 2], { requires_grad: true });
      torch.mm(x, w).relu().sum().backward();
      assert.deepEqual(Array.from((w.grad as torch.Tensor).toArray() as Float64Array), [5.5, 5.5, 3.25, 3.25, -3, -3]);
      const r = torch.randn([1000]);
      assert.ok(Math.abs(r.mean().item()) < 0.2 && Math.abs(r.std().item() - 1) < 0.2);
    });
  } finally {
    filler.release();
  }
});
