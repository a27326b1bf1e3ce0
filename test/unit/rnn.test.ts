// The recurrent layers' engine part (kernel/engine/ops/rnn.ts): rnnLayer and rnnCell against a plain float64
// JavaScript reference of PyTorch's formulas (LSTM gates i, f, g, o; GRU r, z, n with r applied to W_hn h + b_hn),
// their gradients against central differences in float64, and the batch_first output transpose.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import * as torch from '../../kernel/engine';
import type { RnnCellKind, Tensor } from '../../kernel/engine';
import { nest, vals } from './op-samples';

type Vec = number[];
const sig = (x: number): number => 1 / (1 + Math.exp(-x));

/** y[b][r] = sum_k x[b][k] * w[r][k] (+ bias[r]): x @ w^T + b for row-major x [B,K], w [R,K]. */
function lin(x: Vec, B: number, K: number, w: Vec, R: number, b: Vec | null): Vec {
  const y: Vec = [];
  for (let i = 0; i < B; i++) {
    for (let r = 0; r < R; r++) {
      let s = b ? b[r] : 0;
      for (let k = 0; k < K; k++) s += x[i * K + k] * w[r * K + k];
      y.push(s);
    }
  }
  return y;
}

interface Case {
  kind: RnnCellKind; T: number; B: number; H: number; P: number;   // P: size of h (proj_size, or H)
  reverse: boolean; bias: boolean; proj: boolean;
}
const gatesOf = (kind: RnnCellKind): number => (kind === 'lstm' ? 4 : kind === 'gru' ? 3 : 1);

/** One step from the precomputed input part xw [B, G·H]: [h', c']. */
function refStep(c: Case, xw: Vec, h: Vec, cc: Vec | null, whh: Vec, bhh: Vec | null, whr: Vec | null): [Vec, Vec | null] {
  const { B, H, P, kind } = c;
  const G = gatesOf(kind) * H;
  const hh = lin(h, B, P, whh, G, bhh);
  const at = (v: Vec, b: number, k: number, j: number): number => v[b * G + k * H + j];
  const hy: Vec = [], cy: Vec = [];
  for (let b = 0; b < B; b++) {
    for (let j = 0; j < H; j++) {
      if (kind === 'tanh' || kind === 'relu') {
        const s = at(hh, b, 0, j) + at(xw, b, 0, j);
        hy.push(kind === 'tanh' ? Math.tanh(s) : Math.max(0, s));
      } else if (kind === 'lstm') {
        const i = sig(at(hh, b, 0, j) + at(xw, b, 0, j)), f = sig(at(hh, b, 1, j) + at(xw, b, 1, j));
        const g = Math.tanh(at(hh, b, 2, j) + at(xw, b, 2, j)), o = sig(at(hh, b, 3, j) + at(xw, b, 3, j));
        const cn = f * (cc as Vec)[b * H + j] + i * g;
        cy.push(cn);
        hy.push(o * Math.tanh(cn));
      } else {
        const r = sig(at(xw, b, 0, j) + at(hh, b, 0, j)), z = sig(at(xw, b, 1, j) + at(hh, b, 1, j));
        const n = Math.tanh(at(xw, b, 2, j) + r * at(hh, b, 2, j));
        hy.push((1 - z) * n + z * h[b * H + j]);
      }
    }
  }
  return [whr ? lin(hy, B, H, whr, P, null) : hy, kind === 'lstm' ? cy : null];
}

function refLayer(c: Case, xw: Vec, h0: Vec, c0: Vec | null, whh: Vec, bhh: Vec | null, whr: Vec | null): Vec[] {
  const G = gatesOf(c.kind) * c.H, step = c.B * G;
  const order = [...Array(c.T).keys()];
  if (c.reverse) order.reverse();
  const outs: Vec[] = new Array(c.T);
  let h = h0, cc = c0;
  for (const t of order) {
    [h, cc] = refStep(c, xw.slice(t * step, (t + 1) * step), h, cc, whh, bhh, whr);
    outs[t] = h;
  }
  return cc ? [outs.flat(), h, cc] : [outs.flat(), h];
}

/** The inputs of a case: [shape, values] for xw, h0, c0?, whh, bhh?, whr?. */
function inputsOf(c: Case, seed: number): { name: string; shape: number[]; values: Vec }[] {
  const G = gatesOf(c.kind) * c.H;
  const spec: { name: string; shape: number[] }[] = [{ name: 'xw', shape: [c.T, c.B, G] }, { name: 'h0', shape: [c.B, c.P] }];
  if (c.kind === 'lstm') spec.push({ name: 'c0', shape: [c.B, c.H] });
  spec.push({ name: 'whh', shape: [G, c.P] });
  if (c.bias) spec.push({ name: 'bhh', shape: [G] });
  if (c.proj) spec.push({ name: 'whr', shape: [c.P, c.H] });
  // relu: keep pre-activations away from 0 (not differentiable there) by a positive bias-free offset in xw
  return spec.map((s, i) => ({ ...s, values: vals(s.shape.reduce((a, b) => a * b, 1), seed + i, -1, 1, (v) => Math.abs(v) < 0.05) }));
}

function runEngine(c: Case, ins: { name: string; shape: number[]; values: Vec }[], grad: boolean): { xs: Map<string, Tensor>; out: Tensor[] } {
  const xs = new Map<string, Tensor>();
  for (const s of ins) xs.set(s.name, torch.tensor(nest(s.values, s.shape) as never, { dtype: 'float64', requires_grad: grad }));
  const out = torch.rnnLayer(c.kind, xs.get('xw') as Tensor, c.reverse, xs.get('h0') as Tensor, xs.get('c0') ?? null,
    xs.get('whh') as Tensor, xs.get('bhh') ?? null, xs.get('whr') ?? null);
  return { xs, out };
}

const CASES: Case[] = [
  { kind: 'tanh', T: 3, B: 2, H: 3, P: 3, reverse: false, bias: true, proj: false },
  { kind: 'tanh', T: 2, B: 1, H: 2, P: 2, reverse: true, bias: false, proj: false },
  { kind: 'relu', T: 3, B: 2, H: 2, P: 2, reverse: false, bias: true, proj: false },
  { kind: 'lstm', T: 3, B: 2, H: 3, P: 3, reverse: false, bias: true, proj: false },
  { kind: 'lstm', T: 3, B: 2, H: 3, P: 2, reverse: true, bias: true, proj: true },
  { kind: 'lstm', T: 2, B: 1, H: 2, P: 1, reverse: false, bias: false, proj: true },
  { kind: 'gru', T: 3, B: 2, H: 3, P: 3, reverse: false, bias: true, proj: false },
  { kind: 'gru', T: 2, B: 2, H: 2, P: 2, reverse: true, bias: false, proj: false },
];
const label = (c: Case): string => `${c.kind} T=${c.T} B=${c.B} H=${c.H}${c.proj ? ` proj=${c.P}` : ''}${c.reverse ? ' reverse' : ''}${c.bias ? '' : ' no bias'}`;

describe('rnnLayer', () => {
  CASES.forEach((c, ci) => {
    test(`${label(c)}: forward float64 against the reference, grad_fn StackBackward0`, () => torch.tidy(() => {
      const ins = inputsOf(c, 100 + ci);
      const { out } = runEngine(c, ins, true);
      const v = (n: string): Vec | null => ins.find((s) => s.name === n)?.values ?? null;
      const ref = refLayer(c, v('xw') as Vec, v('h0') as Vec, v('c0'), v('whh') as Vec, v('bhh'), v('whr'));
      assert.equal(out.length, ref.length);
      out.forEach((o, k) => {
        const got = Array.from(o.toArray());
        got.forEach((g, i) => assert.ok(Math.abs(g - ref[k][i]) <= 1e-12 + 1e-10 * Math.abs(ref[k][i]), `output ${k}[${i}]: ${g} vs ${ref[k][i]}`));
      });
      assert.deepEqual([...out[0].shape], [c.T, c.B, c.P]);
      assert.equal(out[0].grad_fn?.name(), 'StackBackward0');
    }));

    test(`${label(c)}: gradients of every input against central differences`, () => torch.tidy(() => {
      const ins = inputsOf(c, 200 + ci);
      const { xs, out } = runEngine(c, ins, true);
      const ws = out.map((o, k) => vals(o.numel(), 300 + 10 * ci + k, -1, 1));
      const loss = (os: Tensor[]): number => os.reduce((acc, o, k) => acc + Array.from(o.toArray()).reduce((a, x, i) => a + x * ws[k][i], 0), 0);
      torch.autograd.backward(out, out.map((o, k) => torch.tensor(nest(ws[k], o.shape) as never, { dtype: 'float64' })));
      const eps = 1e-6;
      for (const s of ins) {
        const analytic = Array.from((xs.get(s.name)?.grad as Tensor).toArray());
        for (let j = 0; j < s.values.length; j++) {
          const at = (d: number): number => torch.tidy(() => {
            const moved = ins.map((q) => (q === s ? { ...q, values: q.values.map((x, i) => (i === j ? x + d : x)) } : q));
            return loss(runEngine(c, moved, false).out);
          });
          const numeric = (at(eps) - at(-eps)) / (2 * eps);
          assert.ok(Math.abs(analytic[j] - numeric) <= 1e-6 + 1e-4 * Math.abs(numeric), `${s.name}[${j}]: analytic ${analytic[j]}, numeric ${numeric}`);
        }
      }
    }));
  });

  test('an empty sequence is PyTorch\'s error', () => torch.tidy(() => {
    const xw = torch.zeros([0, 2, 3], { dtype: 'float32' });
    assert.throws(() => torch.rnnLayer('tanh', xw, false, torch.zeros([2, 3]), null, torch.zeros([3, 3]), null, null),
      /Expected sequence length to be larger than 0 in RNN/);
  }));
});

describe('rnnCell', () => {
  for (const kind of ['tanh', 'relu', 'lstm', 'gru'] as const) {
    test(`${kind}: one step from the raw input equals the layer step from W_ih x + b_ih; grad_fn as PyTorch`, () => torch.tidy(() => {
      const B = 2, I = 3, H = 2, G = gatesOf(kind) * H;
      const t = (n: number[], seed: number): Tensor => torch.tensor(nest(vals(n.reduce((a, b) => a * b, 1), seed, -1, 1), n) as never, { dtype: 'float64', requires_grad: true });
      const x = t([B, I], 1), h = t([B, H], 2), cc = kind === 'lstm' ? t([B, H], 3) : null;
      const wih = t([G, I], 4), whh = t([G, H], 5), bih = t([G], 6), bhh = t([G], 7);
      const got = torch.rnnCell(kind, x, h, cc, wih, whh, bih, bhh);
      const xw = torch.linear(x, wih, bih).unsqueeze(0);
      const want = torch.rnnLayer(kind, xw, false, h, cc, whh, bhh, null);
      assert.deepEqual(Array.from(got[0].toArray()), Array.from(want[1].toArray()));
      if (kind === 'lstm') assert.deepEqual(Array.from(got[1].toArray()), Array.from(want[2].toArray()));
      const node = { tanh: 'TanhBackward0', relu: 'ReluBackward0', lstm: 'MulBackward0', gru: 'AddBackward0' }[kind];
      assert.equal(got[0].grad_fn?.name(), node);
      if (kind === 'lstm') assert.equal(got[1].grad_fn?.name(), 'AddBackward0');
    }));
  }
});

test('rnnTransposeOutput: TransposeBackward1, not a view, shares the data, transposes the gradient back', () => torch.tidy(() => {
  const x = torch.tensor(nest(vals(24, 9, -1, 1), [2, 3, 4]) as never, { dtype: 'float64', requires_grad: true });
  const s = x.mul(2);
  const y = torch.rnnTransposeOutput(s, 0, 1);
  assert.deepEqual([...y.shape], [3, 2, 4]);
  assert.equal(y.grad_fn?.name(), 'TransposeBackward1');
  assert.equal(y._base, null);
  assert.equal(y.is_contiguous(), false);
  assert.deepEqual(Array.from(y.contiguous().toArray()), Array.from(torch.transpose(s, 0, 1).contiguous().toArray()));
  const g = torch.tensor(nest(vals(24, 10, -1, 1), [3, 2, 4]) as never, { dtype: 'float64' });
  const want = Array.from(torch.transpose(g, 0, 1).mul(2).contiguous().toArray());
  y.backward(g);
  assert.deepEqual(Array.from((x.grad as Tensor).toArray()), want);
}));

// The gates' backward formulas, rounded as PyTorch 1.13.1's CPU kernels round them (checked there on 10^5 values:
// sigmoid_backward is (g * (1 - y)) * y; tanh_backward is g * (1 - y * y) with 1 - y * y fused, one rounding).
test('float32 sigmoid and tanh backward round as PyTorch: (g * (1 - y)) * y and g * fl(1 - y * y)', () => torch.tidy(() => {
  const n = 4096;
  const xs = vals(n, 42, -6, 6), gs = vals(n, 43, -3, 3).map(Math.fround);
  const f = Math.fround;
  for (const op of ['sigmoid', 'tanh'] as const) {
    const x = torch.tensor(xs, { dtype: 'float32' }).requires_grad_(true);
    const y = op === 'sigmoid' ? torch.sigmoid(x) : torch.tanh(x);
    const yv = Array.from(y.toArray());
    y.backward(torch.tensor(gs, { dtype: 'float32' }));
    const got = Array.from((x.grad as Tensor).toArray());
    const want = yv.map((v, i) => (op === 'sigmoid' ? f(f(gs[i] * f(1 - v)) * v) : f(gs[i] * f(1 - v * v))));
    const bad = got.filter((v, i) => v !== want[i]).length;
    assert.equal(bad, 0, `${op}: ${bad} of ${n} gradients round otherwise`);
  }
}));
