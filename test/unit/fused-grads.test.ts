// Gradients computed by fused kernels when no double-backward graph is needed, against PyTorch 1.13.1's values.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';

test('relu backward is threshold_backward: grad where !(result <= 0), else 0 (NaN grads and NaN inputs too)', () => torch.tidy(() => {
  // PyTorch 1.13.1: x.grad after torch.relu(x).backward(g) for these values.
  const xs = [-2, -0, 0, 1e-30, 3, NaN, -Infinity, Infinity, 5, -1, 2, 7, -3, 4, 1, -1, 2, 0.5];
  const gs = [1, 2, 3, 4, 5, 6, 7, 8, NaN, NaN, 1, 1, 1, 1, 1, 1, 1, 1];
  const want = [0, 0, 0, 4, 5, 6, 0, 8, NaN, 0, 1, 1, 0, 1, 1, 0, 1, 1];
  for (const dtype of ['float32', 'float64'] as const) {
    const x = torch.tensor(xs, { dtype }).requires_grad_(true);
    torch.relu(x).backward(torch.tensor(gs, { dtype }));
    assert.deepEqual(Array.from((x.grad as torch.Tensor).toArray()), want, dtype);
    // Strided (transposed) operands take the scalar loop.
    const m = torch.tensor(xs.slice(0, 16), { dtype }).reshape([4, 4]).requires_grad_(true);
    torch.t(torch.relu(m)).backward(torch.t(torch.tensor(gs.slice(0, 16), { dtype }).reshape([4, 4])));
    assert.deepEqual(Array.from((m.grad as torch.Tensor).toArray()), want.slice(0, 16), `${dtype} strided`);
  }
}));
