// Samples of the activations with a weight, a split or noise (prelu, glu, rrelu: activation_param.ts) and of the
// margin and distance losses (loss_margin.ts) for the generic op test, with float64 references as plain loops.
// Registered by op-samples.ts, which passes its helpers in.
import * as torch from '../../kernel/engine';
import type { Arr, InputSpec } from './op-samples';
import type { NnHelpers } from './op-samples-nn';

export interface NnxHelpers extends Omit<NnHelpers, 'inp'> {
  inp: (shape: number[], lo?: number, hi?: number, extra?: Partial<InputSpec> & { bad?: (v: number) => boolean }) => InputSpec;
}

const sig = (v: number): number => 1 / (1 + Math.exp(-v));
const X23 = [-1.7, -0.6, -0.25, 0.4, 0.95, 1.8];

/** prelu over [N, C, L]: w per channel (or one). */
function preluRef(x: Arr, w: Arr): Arr {
  const inner = x.shape.length > 2 ? x.shape.slice(2).reduce((a, b) => a * b, 1) : 1, n = w.data.length;
  return { shape: x.shape, data: x.data.map((v, i) => (v > 0 ? v : v * w.data[n === 1 ? 0 : Math.floor(i / inner) % n])) };
}
/** glu along the last dim of a 2-D array. */
function gluRef(x: Arr): Arr {
  const [r, c] = x.shape, h = c / 2, data: number[] = [];
  for (let i = 0; i < r; i++) for (let j = 0; j < h; j++) data.push(x.data[i * c + j] * sig(x.data[i * c + h + j]));
  return { shape: [r, h], data };
}

export function registerNnxSamples(h: NnxHelpers): void {
  const { add, inp, leaf, gradOf } = h;
  const away0 = { bad: (v: number) => Math.abs(v) < 0.1 };
  add('PreluBackward0', 'prelu with a weight per channel of [2,3,2]', [inp([2, 3, 2], -2, 2, away0), inp([3], 0.1, 0.5)],
    ([x, w]) => torch.prelu(x, w), ([x, w]) => preluRef(x, w));
  add('PreluBackward0', 'prelu with one weight, transposed input', [inp([3, 2], -2, 2, { layout: 'transposed', ...away0 }), inp([1], 0.1, 0.5)],
    ([x, w]) => torch.prelu(x, w), ([x, w]) => preluRef(x, w));
  // the two outputs of PreluBackwardBackward0: the input's gradient (in grad_output and the weight) and the weight's
  add('PreluBackwardBackward0', 'input gradient of prelu (in grad_output and weight)', [inp([2, 3]), inp([3], 0.1, 0.5)],
    ([g, w], dt) => { const x = leaf(X23, [2, 3], dt); return gradOf(torch.prelu(x, w), x, g); },
    ([g, w]) => ({ shape: [2, 3], data: g.data.map((v, i) => (X23[i] > 0 ? v : v * w.data[i % 3])) }));
  add('PreluBackwardBackward0', 'weight gradient of prelu (in grad_output and self)', [inp([2, 3]), inp([2, 3], -2, 2, away0)],
    ([g, x], dt) => { const w = leaf([0.2, 0.3, 0.4], [3], dt); return gradOf(torch.prelu(x, w), w, g); },
    ([g, x]) => { const d = [0, 0, 0]; x.data.forEach((v, i) => { if (!(v > 0)) d[i % 3] += v * g.data[i]; }); return { shape: [3], data: d }; });
  add('GluBackward0', 'glu(dim=-1) of [2,4]', [inp([2, 4])], ([x]) => torch.glu(x, 1), ([x]) => gluRef(x));
  add('GluBackward0', 'glu(dim=0) of a transposed [4,2]', [inp([4, 2], -2, 2, { layout: 'transposed' })], ([x]) => torch.glu(x, 0),
    ([x]) => { const t = gluRef({ shape: [2, 4], data: [0, 1].flatMap((j) => [0, 1, 2, 3].map((i) => x.data[i * 2 + j])) }); return { shape: [2, 2], data: [0, 1, 2, 3].map((k) => t.data[(k % 2) * 2 + Math.floor(k / 2)]) }; });
  add('GluBackwardBackward0', 'backward of glu (in grad_output and self)', [inp([2, 2]), inp([2, 4])],
    ([g, x]) => gradOf(torch.glu(x, 1), x, g),
    ([g, x]) => {
      const data: number[] = [];
      for (let i = 0; i < 2; i++) {
        const row = x.data.slice(i * 4, i * 4 + 4), gs = g.data.slice(i * 2, i * 2 + 2);
        const s = [sig(row[2]), sig(row[3])];
        data.push(gs[0] * s[0], gs[1] * s[1], gs[0] * row[0] * s[0] * (1 - s[0]), gs[1] * row[1] * s[1] * (1 - s[1]));
      }
      return { shape: [2, 4], data };
    });
  // rrelu: evaluation (slope (lower + upper) / 2) and training with lower = upper (the noise is then a constant)
  const leaky = (x: Arr, s: number): Arr => ({ shape: x.shape, data: x.data.map((v) => (v > 0 ? v : v * s)) });
  add('RreluWithNoiseBackward0', 'rrelu in evaluation (0.1, 0.3)', [inp([2, 3], -2, 2, away0)], ([x]) => torch.rrelu(x, 0.1, 0.3, false), ([x]) => leaky(x, 0.2));
  add('RreluWithNoiseBackward0', 'rrelu training with lower = upper = 0.25', [inp([3, 2], -2, 2, { layout: 'transposed', ...away0 })],
    ([x]) => torch.rrelu(x, 0.25, 0.25, true), ([x]) => leaky(x, 0.25));
  add('RreluWithNoiseBackward1', 'rrelu_ in place on a clone (evaluation)', [inp([2, 3], -2, 2, away0)], ([x]) => torch.rrelu(x.clone(), 0.2, 0.4, false, true), ([x]) => leaky(x, 0.3));
  add('RreluWithNoiseBackwardBackward0', 'backward of rrelu (in grad_output)', [inp([2, 3])],
    ([g], dt) => { const x = leaf(X23, [2, 3], dt); return gradOf(torch.rrelu(x, 0.1, 0.3, false), x, g); },
    ([g]) => ({ shape: [2, 3], data: g.data.map((v, i) => (X23[i] > 0 ? v : 0.2 * v)) }));

  registerLossSamples(h);
}

const T23 = [1, -1, 1, -1, 1, 1];
const reduce = (per: number[], r: string): Arr => (r === 'none' ? { shape: [per.length], data: per } : { shape: [], data: [per.reduce((a, b) => a + b, 0) / (r === 'mean' ? per.length : 1)] });
function multiMarginRef(x: Arr, y: number[], p: number, margin: number, w: number[] | null, r: string): Arr {
  const [n, c] = x.shape, per: number[] = [];
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let k = 0; k < c; k++) {
      const z = margin - x.data[i * c + y[i]] + x.data[i * c + k];
      if (k !== y[i] && z > 0) s += (p === 1 ? z : z * z) * (w ? w[y[i]] : 1);
    }
    per.push(s / c);
  }
  return reduce(per, r);
}
function multilabelRef(x: Arr, t: number[], r: string): Arr {
  const [n, c] = x.shape, per: number[] = [];
  for (let i = 0; i < n; i++) {
    const labels: number[] = [];
    for (let k = 0; k < c && t[i * c + k] >= 0; k++) labels.push(t[i * c + k]);
    let s = 0;
    for (const j of labels) for (let k = 0; k < c; k++) if (!labels.includes(k)) s += Math.max(0, 1 - x.data[i * c + j] + x.data[i * c + k]);
    per.push(s / c);
  }
  return reduce(per, r);
}
function pdistRef(x: Arr, p: number): Arr {
  const [n, m] = x.shape, data: number[] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    const d = Array.from({ length: m }, (_, c) => Math.abs(x.data[i * m + c] - x.data[j * m + c]));
    data.push(p === Infinity ? Math.max(...d) : d.reduce((a, b) => a + b ** p, 0) ** (1 / p));
  }
  return { shape: [data.length], data };
}

function registerLossSamples(h: NnxHelpers): void {
  const { add, inp, leaf, gradOf } = h;
  // ctc: after log_softmax (its gradient is exact for normalised log_probs); the reference sums every alignment
  const ctcRef = (x: Arr, targets: number[][]): Arr => {
    const [T, N, C] = x.shape, data: number[] = [];
    for (let b = 0; b < N; b++) {
      const lp = (t: number, c: number): number => {
        const row = Array.from({ length: C }, (_, k) => x.data[(t * N + b) * C + k]), m = Math.max(...row);
        return row[c] - m - Math.log(row.reduce((p, q) => p + Math.exp(q - m), 0));
      };
      let total = 0;
      for (let code = 0; code < C ** T; code++) {
        const path = Array.from({ length: T }, (_, t) => Math.floor(code / C ** t) % C);
        const collapsed = path.filter((c, t) => t === 0 || c !== path[t - 1]).filter((c) => c !== 0);
        if (collapsed.join() === targets[b].join()) total += Math.exp(path.reduce((acc, c, t) => acc + lp(t, c), 0));
      }
      data.push(-Math.log(total));
    }
    return { shape: [N], data };
  };
  add('CtcLossBackward0', 'ctc_loss of log_softmax, targets [1, 2] and [2]', [inp([4, 2, 3])],
    ([x]) => torch.ctc_loss_raw(torch.log_softmax(x, 2), [[1, 2], [2]], [4, 4], [2, 1], 0, false), ([x]) => ctcRef(x, [[1, 2], [2]]));
  const IDX = [1, 0, 3, 1, 2, 3], OFF = [0, 2, 2, 5];
  const bagRef = (w: Arr, mode: string, psw: number[] | null): Arr => {
    const data: number[] = [];
    OFF.forEach((s, b) => {
      const e = b + 1 < OFF.length ? OFF[b + 1] : IDX.length;
      for (let k = 0; k < 2; k++) {
        const vals = IDX.slice(s, e).map((r, i) => w.data[r * 2 + k] * (psw ? psw[s + i] : 1));
        data.push(vals.length === 0 ? 0 : mode === 'max' ? Math.max(...vals) : vals.reduce((p, q) => p + q, 0) / (mode === 'mean' ? vals.length : 1));
      }
    });
    return { shape: [4, 2], data };
  };
  const bag = (w: torch.Tensor, mode: torch.BagMode, psw: torch.Tensor | null): torch.Tensor =>
    torch.embedding_bag(w, torch.tensor(IDX, { dtype: 'int64' }), torch.tensor(OFF, { dtype: 'int64' }), mode, psw, false, null);
  for (const mode of ['sum', 'mean', 'max'] as const) {
    add('EmbeddingBagBackward0', `embedding_bag ${mode} (an empty bag)`, [inp([4, 2])], ([w]) => bag(w, mode, null), ([w]) => bagRef(w, mode, null));
  }
  add('EmbeddingBagBackward0', 'embedding_bag sum with per_sample_weights', [inp([4, 2]), inp([6])], ([w, p]) => bag(w, 'sum', p), ([w, p]) => bagRef(w, 'sum', p.data));
  const awayFrom = (b: number) => ({ bad: (v: number) => Math.abs(v - b) < 0.05 });
  add('ClampMinBackward0', 'clamp_min(0.3)', [inp([2, 3], -2, 2, awayFrom(0.3))], ([x]) => torch.clampBound(x, 0.3, null), ([x]) => ({ shape: x.shape, data: x.data.map((v) => Math.max(v, 0.3)) }));
  add('ClampMinBackward0', 'clamp_min_(-0.5) in place on a clone', [inp([2, 3], -2, 2, awayFrom(-0.5))], ([x]) => torch.clampBound(x.clone(), -0.5, null, true),
    ([x]) => ({ shape: x.shape, data: x.data.map((v) => Math.max(v, -0.5)) }));
  add('ClampMinBackward1', 'clamp_min(tensor)', [inp([2, 3]), inp([3])], ([x, m]) => torch.clampBoundTensor(x, m, null),
    ([x, m]) => ({ shape: x.shape, data: x.data.map((v, i) => Math.max(v, m.data[i % 3])) }));
  add('ClampMaxBackward1', 'clamp_max_(tensor) in place on a clone', [inp([2, 3]), inp([2, 3])], ([x, m]) => torch.clampBoundTensor(x.clone(), null, m, true),
    ([x, m]) => ({ shape: x.shape, data: x.data.map((v, i) => Math.min(v, m.data[i])) }));
  add('ClampMaxBackward0', 'clamp_max(0.2)', [inp([3, 2], -2, 2, { layout: 'transposed', ...awayFrom(0.2) })], ([x]) => torch.clampBound(x, null, 0.2),
    ([x]) => ({ shape: x.shape, data: x.data.map((v) => Math.min(v, 0.2)) }));
  const target = (dt: torch.DType): torch.Tensor => torch.tensor([[1, -1, 1], [-1, 1, 1]], { dtype: dt });
  for (const r of ['mean', 'none'] as const) {
    add('SoftMarginLossBackward0', `soft_margin_loss (${r})`, [inp([2, 3])], ([x], dt) => torch.soft_margin_loss(x, target(dt), r),
      ([x]) => { const per = x.data.map((v, i) => Math.log1p(Math.exp(-T23[i] * v))); return r === 'none' ? { shape: [2, 3], data: per } : reduce(per, r); });
  }
  add('SoftMarginLossBackwardBackward0', 'backward of soft_margin_loss sum (in grad_output and self)', [inp([]), inp([2, 3])],
    ([g, x], dt) => gradOf(torch.soft_margin_loss(x, target(dt), 'sum'), x, g),
    ([g, x]) => ({ shape: [2, 3], data: x.data.map((v, i) => -T23[i] * g.data[0] * sig(-T23[i] * v)) }));
  const Y = [0, 2, 3];
  const y = (): torch.Tensor => torch.tensor(Y, { dtype: 'int64' });
  add('MultiMarginLossBackward0', 'multi_margin_loss p=1 (mean)', [inp([3, 4], -1, 1)], ([x]) => torch.multi_margin_loss(x, y(), 1, 1, null, 'mean'),
    ([x]) => multiMarginRef(x, Y, 1, 1, null, 'mean'));
  add('MultiMarginLossBackward0', 'multi_margin_loss p=2, margin 0.7, weights (none)', [inp([3, 4], -1, 1)],
    ([x], dt) => torch.multi_margin_loss(x, y(), 2, 0.7, torch.tensor([1, 0.5, 2, 1.5], { dtype: dt }), 'none'),
    ([x]) => multiMarginRef(x, Y, 2, 0.7, [1, 0.5, 2, 1.5], 'none'));
  const TL = [0, 2, -1, 1, 3, 1, 2, 0, -1, 0, 0, 0];
  add('MultilabelMarginLossBackward0', 'multilabel_margin_loss (sum)', [inp([3, 4], -1, 1)],
    ([x]) => torch.multilabel_margin_loss(x, torch.tensor([[0, 2, -1, 1], [3, 1, 2, 0], [-1, 0, 0, 0]], { dtype: 'int64' }), 'sum'),
    ([x]) => multilabelRef(x, TL, 'sum'));
  for (const p of [2, 1, 3, Infinity]) {
    add('PdistBackward0', `pdist p=${p}`, [inp([4, 3])], ([x]) => torch.pdist(x, p), ([x]) => pdistRef(x, p));
  }
  add('PdistBackwardBackward0', 'backward of pdist (raises when differentiated)', [inp([3])],
    ([g], dt) => { const x = leaf([0.5, -1, 2, 1.5, 0.3, -0.7], [3, 2], dt); return gradOf(torch.pdist(x, 2), x, g); },
    ([g]) => {
      const X = [[0.5, -1], [2, 1.5], [0.3, -0.7]], out = [0, 0, 0, 0, 0, 0];
      [[0, 1], [0, 2], [1, 2]].forEach(([i, j], k) => {
        const d = X[i].map((v, c) => v - X[j][c]), n = Math.hypot(...d);
        d.forEach((v, c) => { out[i * 2 + c] += v / n * g.data[k]; out[j * 2 + c] -= v / n * g.data[k]; });
      });
      return { shape: [3, 2], data: out };
    });
  add('TrilinearBackward0', 'bilinear form x1·W·x2', [inp([2, 3]), inp([2, 3, 2]), inp([2, 2])], ([a, w, b]) => torch.trilinear_bilinear(a, w, b),
    ([a, w, b]) => {
      const data: number[] = [];
      for (let n = 0; n < 2; n++) for (let o = 0; o < 2; o++) {
        let s = 0;
        for (let i = 0; i < 3; i++) for (let j = 0; j < 2; j++) s += a.data[n * 3 + i] * w.data[(o * 3 + i) * 2 + j] * b.data[n * 2 + j];
        data.push(s);
      }
      return { shape: [2, 2], data };
    });
}
