// The optimizers' fused float32 update fma32_ (kernel/engine/ops/optim_update.ts): x <- float32(x + p * q) with the
// product and sum in float64, against that formula computed here with Math.fround; and the cases it declines
// (the Python side then takes the unfused tensor expression).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as torch from '../../kernel/engine';

const vals = (t: torch.Tensor): number[] => Array.from(t.toArray());
const f32 = (xs: number[]): torch.Tensor => torch.tensor(xs, { dtype: 'float32' });

test('fma32_ rounds once to double and once to float32, with a tensor or a float32 scalar q', () => torch.tidy(() => {
  const xs = [1, 1e-8, -3.3, 16777216, 0.1], ps = [0.3, 1e-8, 7.1, 1, 0.2], qs = [1e-7, 3, -0.7, 1, 0.3];
  const expect = (q: (i: number) => number): number[] =>
    xs.map((x, i) => Math.fround(Math.fround(x) + Math.fround(ps[i]) * q(i)));
  const x = f32(xs), v0 = x.version.value;
  assert.equal(torch.fma32_(x, f32(ps), f32(qs)), true);
  assert.deepEqual(vals(x), expect((i) => Math.fround(qs[i])));
  assert.equal(x.version.value, v0 + 1, 'an in-place change bumps the version');
  const y = f32(xs), q = Math.fround(-0.001);
  assert.equal(torch.fma32_(y, f32(ps), q), true);
  assert.deepEqual(vals(y), expect(() => q));
  // 16777216 + 1 * 1 rounds back in float32 (ties to even), so the sum is not done in float32 twice
  assert.equal(vals(y)[3], 16777216);
}));

test('fma32_ declines non-float32, non-contiguous, other shapes, overlapping views and recorded graphs', () => torch.tidy(() => {
  const x = f32([1, 2, 3, 4]).reshape([2, 2]);
  const before = vals(x);
  assert.equal(torch.fma32_(x, torch.ones([2, 2], { dtype: 'float64' }), 1), false);
  assert.equal(torch.fma32_(torch.t(x), torch.ones([2, 2]), 1), false);
  assert.equal(torch.fma32_(x, torch.ones([2]), 1), false);
  const flat = f32([1, 2, 3, 4, 5]);
  assert.equal(torch.fma32_(flat.narrow(0, 0, 4), flat.narrow(0, 1, 4), 1), false);
  const w = torch.ones([2, 2], { requires_grad: true });
  assert.equal(torch.fma32_(x, w, 1), false);
  assert.deepEqual(vals(x), before);
  assert.equal(torch.no_grad(() => torch.fma32_(w, x, 1)), true);
  assert.deepEqual(vals(w), [2, 3, 4, 5]);
}));
