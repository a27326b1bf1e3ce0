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

// adamUpdate_ against the engine ops it replaces (the lines of optim/adam.py after the bias corrections), bit for bit.
function unfusedAdam(p: torch.Tensor, g: torch.Tensor, m: torch.Tensor, v: torch.Tensor, b1: number, b2: number, c2: number, eps: number, stepSize: number): void {
  torch.no_grad(() => torch.tidy(() => {
    assert.equal(torch.fma32_(m.mul_(b1), g, Math.fround(1 - b1)), true);                  // P.add_(exp_avg.mul_(beta1), grad, alpha=1-beta1)
    assert.equal(torch.fma32_(v.mul_(b2), g.mul(1 - b2), g), true);                          // P.addcmul_(exp_avg_sq.mul_(beta2), grad, grad, value=1-beta2)
    const denom = v.sqrt().div(c2).add_(eps);                                                // (exp_avg_sq.sqrt() / bias_correction2_sqrt).add_(eps)
    p.add_(m.mul(-stepSize).div(denom));                                                     // P.addcdiv_(param, exp_avg, denom, value=-step_size)
  }));
}

test('adamUpdate_ is bit-identical to the unfused Adam ops over many steps, sizes and hyperparameters', () => torch.tidy(() => {
  torch.manual_seed(3);
  const settings = [
    { lr: 1e-3, b1: 0.9, b2: 0.999, eps: 1e-8 },
    { lr: 0.1, b1: 0.5, b2: 0.9, eps: 1e-3 },
    { lr: 10, b1: 0, b2: 0.25, eps: 0 },
    { lr: 3e-4, b1: 0.99, b2: 0.9999, eps: 1e-12 },
  ];
  for (const n of [1, 7, 64, 1031]) {
    for (const s of settings) {
      const p0 = torch.randn([n]).mul(3), pa = p0.clone(), pb = p0.clone();
      const ma = torch.zeros([n]), mb = torch.zeros([n]), va = torch.zeros([n]), vb = torch.zeros([n]);
      for (let step = 1; step <= 6; step++) {
        // gradients spanning magnitudes, with zeros, a negative zero and subnormal-range values
        const g = torch.randn([n]).mul(torch.pow(10, torch.randint(-40, 6, [n]).to('float32')));
        if (n > 3) { g.narrow(0, 0, 1).zero_(); g.narrow(0, 1, 1).fill_(-0); g.narrow(0, 2, 1).fill_(1e-42); }
        const c1 = 1 - s.b1 ** step, c2 = Math.sqrt(1 - s.b2 ** step), stepSize = s.lr / c1;
        const v0 = [pa, ma, va].map((t) => t.version.value);
        assert.equal(torch.no_grad(() => torch.adamUpdate_(pa, g, ma, va, s.b1, 1 - s.b1, s.b2, 1 - s.b2, c2, s.eps, -stepSize)), true);
        assert.deepEqual([pa, ma, va].map((t) => t.version.value - v0.shift()!), [1, 2, 2], 'versions move as the unfused in-place ops move them');
        unfusedAdam(pb, g, mb, vb, s.b1, s.b2, c2, s.eps, stepSize);
      }
      const what = `n=${n} ${JSON.stringify(s)}`;
      assert.deepEqual(vals(pa), vals(pb), `param ${what}`);
      assert.deepEqual(vals(ma), vals(mb), `exp_avg ${what}`);
      assert.deepEqual(vals(va), vals(vb), `exp_avg_sq ${what}`);
      assert.notDeepEqual(vals(pa), vals(p0), 'the parameter moved');
    }
  }
}));

test('adamUpdate_ declines float64, non-contiguous, other shapes, shared storage and recorded graphs, changing nothing', () => torch.tidy(() => {
  const args = (p: torch.Tensor, g: torch.Tensor, m: torch.Tensor, v: torch.Tensor): boolean =>
    torch.adamUpdate_(p, g, m, v, 0.9, 0.1, 0.999, 0.001, 0.03, 1e-8, -0.01);
  const p = torch.randn([2, 3]), g = torch.randn([2, 3]), m = torch.zeros([2, 3]), v = torch.zeros([2, 3]);
  const before = [p, m, v].map(vals);
  assert.equal(args(p.double(), g.double(), m.double(), v.double()), false);
  assert.equal(args(p, g.double(), m, v), false);
  assert.equal(args(p, torch.t(torch.randn([3, 2])), m, v), false);
  assert.equal(args(p, torch.randn([6]), m, v), false);
  assert.equal(args(p, g, p, v), false);
  const flat = torch.zeros([12]);
  assert.equal(args(p, g, flat.narrow(0, 0, 6).view([2, 3]), flat.narrow(0, 6, 6).view([2, 3])), false);
  const w = torch.randn([2, 3], { requires_grad: true });
  assert.equal(args(w, g, m, v), false, 'grad mode on and a tensor that requires grad: the unfused ops raise or record');
  assert.deepEqual([p, m, v].map(vals), before);
  assert.equal(torch.no_grad(() => args(w, g, m, v)), true);
}));

test('fma32_ over SIMD blocks and tails matches the float64 formula bit for bit, also with x as its own operand', () => torch.tidy(() => {
  torch.manual_seed(5);
  for (const n of [3, 4, 9, 1027]) {
    const x = torch.randn([n]).mul(torch.pow(10, torch.randint(-30, 30, [n]).to('float32')));
    const p = torch.randn([n]), q = torch.randn([n]).mul(1e-3);
    const xs = vals(x), ps = vals(p), qs = vals(q), c = Math.fround(-0.37);
    const a = x.clone(), b = x.clone(), s = x.clone();
    assert.equal(torch.fma32_(a, p, q), true);
    assert.deepEqual(vals(a), xs.map((v, i) => Math.fround(v + ps[i] * qs[i])), `tensor q, n=${n}`);
    assert.equal(torch.fma32_(b, p, c), true);
    assert.deepEqual(vals(b), xs.map((v, i) => Math.fround(v + ps[i] * c)), `scalar q, n=${n}`);
    assert.equal(torch.fma32_(s, s, q), true);
    assert.deepEqual(vals(s), xs.map((v, i) => Math.fround(v + v * qs[i])), `x as p, n=${n}`);
  }
}));

test('sgdMomentumUpdate_ is bit-identical to the unfused SGD momentum ops', () => torch.tidy(() => {
  torch.manual_seed(4);
  for (const n of [1, 6, 64, 1029]) {
    for (const s of [{ lr: 0.01, mom: 0.9, damp: 0 }, { lr: 0.5, mom: 0.3, damp: 0.25 }, { lr: 1e-4, mom: 0.99, damp: 0.9 }]) {
      const p0 = torch.randn([n]), pa = p0.clone(), pb = p0.clone();
      const b0 = torch.randn([n]).mul(1e-2), ba = b0.clone(), bb = b0.clone();
      for (let step = 0; step < 5; step++) {
        const d = torch.randn([n]).mul(torch.pow(10, torch.randint(-40, 4, [n]).to('float32')));
        const v0 = [pa.version.value, ba.version.value];
        assert.equal(torch.no_grad(() => torch.sgdMomentumUpdate_(pa, d, ba, s.mom, 1 - s.damp, -s.lr)), true);
        assert.deepEqual([pa.version.value - v0[0], ba.version.value - v0[1]], [1, 2]);
        torch.no_grad(() => torch.tidy(() => {
          // P.add_(buf.mul_(momentum), d_p, alpha=1-dampening): a plain add_ when alpha is 1; P.add_(param, buf, alpha=-lr)
          if (1 - s.damp === 1) bb.mul_(s.mom).add_(d); else assert.equal(torch.fma32_(bb.mul_(s.mom), d, Math.fround(1 - s.damp)), true);
          assert.equal(torch.fma32_(pb, bb, Math.fround(-s.lr)), true);
        }));
      }
      assert.deepEqual(vals(ba), vals(bb), `buffer n=${n} ${JSON.stringify(s)}`);
      assert.deepEqual(vals(pa), vals(pb), `param n=${n} ${JSON.stringify(s)}`);
    }
  }
  const p = torch.randn([3]), d = torch.randn([3]);
  assert.equal(torch.sgdMomentumUpdate_(p, d, p, 0.9, 1, -0.1), false, 'shared storage');
  assert.equal(torch.sgdMomentumUpdate_(p, d.double(), torch.zeros([3]), 0.9, 1, -0.1), false, 'float64');
}));

test('fma64_ fuses in float64: the product is not rounded before the sum', () => torch.tidy(() => {
  const f64 = (xs: number[]): torch.Tensor => torch.tensor(xs, { dtype: 'float64' });
  const u = 2 ** -52;
  // (1 + u)(1 - u) = 1 - u^2 exactly; unfused it rounds to 1, so x + p*q would give 0
  const x = f64([-1, 3, 0.1]), v0 = x.version.value;
  assert.equal(torch.fma64_(x, f64([1 + u, 2, 0.2]), f64([1 - u, 0.5, 0.3])), true);
  assert.deepEqual(vals(x).slice(0, 2), [-(u * u), 4]);
  assert.equal(x.version.value, v0 + 1);
  const y = f64([-1]);
  assert.equal(torch.fma64_(y, f64([1 + u]), 1 - u), true);
  assert.deepEqual(vals(y), [-(u * u)]);
  // huge and tiny products keep the exact fma (scaled internally)
  const z = f64([-(2 ** 1000)]);
  assert.equal(torch.fma64_(z, f64([(1 + u) * 2 ** 500]), (1 - u) * 2 ** 500), true);
  assert.deepEqual(vals(z), [-(u * u) * 2 ** 1000]);
  assert.equal(torch.fma64_(f64([1, 2]), f64([1, 2]).reshape([1, 2]), 1), false, 'other shape: declined');
  assert.equal(torch.fma64_(f64([1, 2]), f32([1, 2]), 1), false, 'not float64: declined');
}));
