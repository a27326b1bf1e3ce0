// Losses and distances with their own PyTorch nodes, added with the attention layers: soft_margin_loss
// (SoftMarginLossBackward0, differentiable twice), multi_margin_loss and multilabel_margin_loss (whose backward
// PyTorch cannot differentiate: a NotImplemented node), pdist (PdistBackward0; PdistBackwardBackward0 raises as
// PyTorch's), and the bilinear form of _trilinear (TrilinearBackward0) that F.bilinear uses. The composite losses
// (hinge, cosine embedding, margin ranking, triplet, poisson, gaussian, kl_div) are built in the Python facade as
// ATen builds them. Values are accumulated in float64 (ATen's accumulate type for these CPU kernels).
import { TorchError } from '../errors';
import { isFloating } from '../dtype';
import { isGradEnabled } from '../autograd/grad_mode';
import { gradientEdge, Node } from '../autograd/node';
import { Tensor } from '../tensor';
import * as K from '../kernels';
import { apply, defineOp, notImplementedFor, scalarTypeName } from './apply';
import { fromValues } from './creation';
import { definePointLoss, Reduction } from './loss';
import { bmm, mm } from './linalg';
import { mul, neg, rsubScalar, sigmoid, sub } from './pointwise';
import { reshape, t as transpose, unsqueeze, squeeze } from './views';

const fmt = (s: readonly number[]): string => `[${s.join(', ')}]`;

// --- soft_margin_loss: log(1 + exp(-t·x)) --------------------------------------------------------------------------
// d/dx = -t·σ(-t·x), d²/dx² = t²·σ(1 - σ); the target is not differentiable in PyTorch (the facade refuses it).
const SOFT_MARGIN = definePointLoss({
  name: 'soft_margin_loss', node: 'SoftMarginLossBackward0',
  value: (x, t) => Math.log1p(Math.exp(-t * x)),
  dx: (x, t) => neg(mul(t, sigmoid(neg(mul(t, x))))),
  dt: (x, t) => neg(mul(x, sigmoid(neg(mul(t, x))))),
  dxx: (x, t) => { const s = sigmoid(neg(mul(t, x))); return mul(mul(t, t), mul(s, rsubScalar(s, 1))); },
  dxt: (x, t) => { const s = sigmoid(neg(mul(t, x))); return sub(mul(mul(t, x), mul(s, rsubScalar(s, 1))), s); },
});
export function soft_margin_loss(x: Tensor, t: Tensor, reduction: Reduction): Tensor {
  if (!isFloating(x.dtype)) throw notImplementedFor('soft_margin_loss', x.dtype);
  return apply(SOFT_MARGIN, [x, t], { reduction });
}

// --- multi_margin_loss and multilabel_margin_loss -------------------------------------------------------------------
/** A backward PyTorch cannot differentiate: recorded as its NotImplemented node, which raises when reached. */
export function notDifferentiable(name: string, out: Tensor, inputs: Tensor[]): Tensor {
  if (isGradEnabled() && inputs.some((t) => t.requires_grad)) {
    const node = new Node('NotImplemented', inputs.map((t) => (t.requires_grad ? gradientEdge(t) : { node: null, nr: 0 })),
      inputs.map((t) => ({ shape: t.shape, dtype: t.dtype })),
      () => { throw new TorchError('RuntimeError', `derivative for aten::${name} is not implemented`); });
    out._gradFn = node.retain();
    out._outputNr = 0;
  }
  return out;
}
interface MarginLayout { nframe: number; dim: number }
function marginLayout(x: Tensor): MarginLayout {
  if (!((x.ndim === 2 && x.shape[1] !== 0) || (x.ndim === 1 && x.shape[0] !== 0) || x.ndim === 0)) {
    throw new TorchError('RuntimeError', `Expected non-empty vector or matrix with optional 0-dim batch size, but got: ${fmt(x.shape)}`);
  }
  return x.ndim <= 1 ? { nframe: 1, dim: x.ndim === 0 ? 1 : x.shape[0] } : { nframe: x.shape[0], dim: x.shape[1] };
}
/** The per-frame losses (reduction 'none') or their reduction, shaped as PyTorch's output. */
function reduceFrames(per: Float64Array, reduction: unknown, batched: boolean, dtype: Tensor['dtype']): Tensor {
  if (reduction === 'none') return fromValues(batched ? [per.length] : [], per, dtype);
  const s = per.reduce((p, q) => p + q, 0);
  return fromValues([], [reduction === 'mean' ? s / per.length : s], dtype);
}
/** d loss / d x as a function of the per-frame output gradient (linear in it). */
type MarginGrad = (gFrame: (n: number) => number) => Float64Array;

// multi_margin: loss_n = Σ_{i ≠ y} w[y]·max(0, margin - x[y] + x[i])^p / C
function multiMargin(x: Tensor, target: Tensor, p: number, margin: number, weight: Tensor | null): { per: Float64Array; grad: MarginGrad } {
  const { nframe, dim } = marginLayout(x), xv = x.toArray(), tv = target.toArray(), wv = weight ? weight.toArray() : null;
  const per = new Float64Array(nframe);
  for (let n = 0; n < nframe; n++) {
    const y = tv[n];
    if (!(y >= 0 && y < dim)) throw new TorchError('RuntimeError', 'target out of range');
    let s = 0;
    for (let i = 0; i < dim; i++) {
      if (i === y) continue;
      const z = margin - xv[n * dim + y] + xv[n * dim + i];
      if (z > 0) s += (p === 1 ? z : z * z) * (wv ? wv[y] : 1);
    }
    per[n] = s / dim;
  }
  const grad: MarginGrad = (gFrame) => {
    const out = new Float64Array(xv.length);
    for (let n = 0; n < nframe; n++) {
      const y = tv[n], g = gFrame(n) / dim * (wv ? wv[y] : 1);
      for (let i = 0; i < dim; i++) {
        if (i === y) continue;
        const z = margin - xv[n * dim + y] + xv[n * dim + i];
        if (z > 0) { const d = (p === 1 ? 1 : 2 * z) * g; out[n * dim + i] += d; out[n * dim + y] -= d; }
      }
    }
    return out;
  };
  return { per, grad };
}
// multilabel_margin: the targets of a frame are its labels up to the first -1; loss_n = Σ_j Σ_{i not a target}
// max(0, 1 - (x[t_j] - x[i])) / C
function multilabelMargin(x: Tensor, target: Tensor): { per: Float64Array; grad: MarginGrad } {
  const { nframe, dim } = marginLayout(x), xv = x.toArray(), tv = target.toArray();
  const labels: number[][] = [];
  for (let n = 0; n < nframe; n++) {
    const ls: number[] = [];
    for (let k = 0; k < dim; k++) { const c = tv[n * dim + k]; if (c < 0) break; ls.push(c); }
    labels.push(ls);
  }
  const each = (n: number, f: (j: number, i: number, z: number) => void): void => {
    const isTarget = new Set(labels[n]);
    for (const j of labels[n]) for (let i = 0; i < dim; i++) {
      if (isTarget.has(i)) continue;
      const z = 1 - xv[n * dim + j] + xv[n * dim + i];
      if (z > 0) f(j, i, z);
    }
  };
  const per = new Float64Array(nframe);
  for (let n = 0; n < nframe; n++) { let s = 0; each(n, (_j, _i, z) => { s += z; }); per[n] = s / dim; }
  const grad: MarginGrad = (gFrame) => {
    const out = new Float64Array(xv.length);
    for (let n = 0; n < nframe; n++) {
      const g = gFrame(n) / dim;
      each(n, (j, i) => { out[n * dim + i] += g; out[n * dim + j] -= g; });
    }
    return out;
  };
  return { per, grad };
}
type MarginFn = (x: Tensor, a: Record<string, unknown>) => { per: Float64Array; grad: MarginGrad };
function defineMarginLoss(name: string, node: string, fn: MarginFn): ReturnType<typeof defineOp> {
  const back = (g: Tensor, x: Tensor, a: Record<string, unknown>): Tensor => {
    const gv = g.toArray(), r = a.reduction, nframe = x.ndim === 2 ? x.shape[0] : 1;
    const out = fn(x, a).grad((n) => (r === 'none' ? gv[n] : r === 'mean' ? gv[0] / nframe : gv[0]));
    return notDifferentiable(`${name}_backward`, fromValues(x.shape, out, x.dtype), [g, x]);
  };
  return defineOp({
    name, node, args: ['self'],
    forward: ([x], a) => reduceFrames(fn(x, a).per, a.reduction, (a.target as Tensor).ndim > 0, x.dtype),
    grads: { self: { saves: ['self'], fn: (g, c) => back(g, c.saved('self'), c.attrs) } },
  });
}
const MULTI_MARGIN = defineMarginLoss('multi_margin_loss', 'MultiMarginLossBackward0',
  (x, a) => multiMargin(x, a.target as Tensor, a.p as number, a.margin as number, a.weight as Tensor | null));
const MULTILABEL_MARGIN = defineMarginLoss('multilabel_margin_loss', 'MultilabelMarginLossBackward0', (x, a) => multilabelMargin(x, a.target as Tensor));

export function multi_margin_loss(x: Tensor, target: Tensor, p: number, margin: number, weight: Tensor | null, reduction: Reduction): Tensor {
  const { nframe, dim } = marginLayout(x);
  if (!(target.ndim <= 1 && target.numel() === nframe)) throw new TorchError('RuntimeError', `inconsistent target size, got: ${fmt(target.shape)}`);
  // (PyTorch reads weight[target] without checking the weight's size; a class beyond it is refused here)
  if (weight && target.toArray().some((c) => c >= weight.numel() && c < dim)) {
    throw new TorchError('RuntimeError', `tnb: the weight has ${weight.numel()} elements, fewer than the target's classes`);
  }
  if (target.dtype !== 'int64') throw new TorchError('RuntimeError', `expected scalar type Long but found ${scalarTypeName(target.dtype)}`);
  if (!isFloating(x.dtype)) throw notImplementedFor('multi_margin_loss_cpu_kernel', x.dtype);
  return apply(MULTI_MARGIN, [x], { target, p, margin, weight, reduction });
}
export function multilabel_margin_loss(x: Tensor, target: Tensor, reduction: Reduction): Tensor {
  const { nframe, dim } = marginLayout(x);
  const ok = x.ndim <= 1 ? target.ndim <= 1 && target.numel() === dim : target.ndim === 2 && target.shape[0] === nframe && target.shape[1] === dim;
  if (!ok) throw new TorchError('RuntimeError', `inconsistent size ${fmt(target.shape)} for argument #2 'target'`);
  if (target.dtype !== 'int64') throw new TorchError('RuntimeError', `expected scalar type Long but found ${scalarTypeName(target.dtype)}`);
  const tv = target.toArray();
  if (tv.some((c) => c < -1 || c >= dim)) throw new TorchError('RuntimeError', 'argument #2 \'target\' is out of range');
  if (!isFloating(x.dtype)) throw notImplementedFor('multilabel_margin_loss_forward_out_frame', x.dtype);
  return apply(MULTILABEL_MARGIN, [x], { target, reduction });
}

// --- pdist: the p-norm distances of the rows i < j of an N×M matrix --------------------------------------------------
function pdistGradTerm(p: number, diff: number, dist: number, g: number): number {
  if (p === 0 || dist === 0) return 0;
  if (p === 1) return Math.sign(diff) * g;
  if (p === 2) return diff * g / dist;
  if (p === Infinity) return Math.sign(diff) * (Math.abs(diff) === dist ? 1 : 0) * g;
  if (p < 2) return diff === 0 && p < 1 ? 0 : Math.sign(diff) * Math.abs(diff) ** (p - 1) * g / dist ** (p - 1);
  return diff * Math.abs(diff) ** (p - 2) * g / dist ** (p - 1);
}
function pdistValues(x: Tensor, p: number): Float64Array {
  const [n, m] = x.shape, v = x.toArray(), out = new Float64Array((n * (n - 1)) / 2);
  let k = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) {
    let acc = 0;
    for (let c = 0; c < m; c++) {
      const d = Math.abs(v[i * m + c] - v[j * m + c]);
      if (p === 0) acc += d !== 0 ? 1 : 0;
      else if (p === Infinity) acc = Math.max(acc, d);
      else acc += p === 1 ? d : p === 2 ? d * d : d ** p;
    }
    out[k++] = p === 0 || p === 1 || p === Infinity ? acc : p === 2 ? Math.sqrt(acc) : acc ** (1 / p);
  }
  return out;
}
const PDIST_BACK = defineOp({
  name: '_pdist_backward', node: 'PdistBackwardBackward0', args: ['grad', 'self', 'pdist'],
  forward: ([g, x, dist], a) => {
    const [n, m] = x.shape, v = x.toArray(), gv = g.toArray(), dv = dist.toArray(), p = a.p as number;
    const r = x.dtype === 'float32' ? Math.fround : (d: number): number => d;   // diff in the input's type
    const out = new Float64Array(v.length);
    let k = 0;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++, k++) {
      for (let c = 0; c < m; c++) {
        const t = pdistGradTerm(p, r(v[i * m + c] - v[j * m + c]), dv[k], gv[k]);
        out[i * m + c] += t;
        out[j * m + c] -= t;
      }
    }
    return fromValues(x.shape, out, x.dtype);
  },
  grads: Object.fromEntries(['grad', 'self', 'pdist'].map((k) => [k, {
    saves: [], fn: () => { throw new TorchError('NotImplementedError', "the derivative for '_pdist_backward' is not implemented."); },
  }])),
});
const PDIST = defineOp({
  name: '_pdist_forward', node: 'PdistBackward0', args: ['self'],
  forward: ([x], a) => fromValues([(x.shape[0] * (x.shape[0] - 1)) / 2], pdistValues(x, a.p as number), x.dtype),
  grads: { self: { saves: ['self', 'result'], fn: (g, c) => apply(PDIST_BACK, [g, c.saved('self'), c.saved('result')], c.attrs) } },
});
export function pdist(x: Tensor, p: number): Tensor {
  if (x.ndim !== 2) throw new TorchError('RuntimeError', `pdist only supports 2D tensors, got: ${x.ndim}D`);
  if (!isFloating(x.dtype)) throw new TorchError('RuntimeError', 'pdist only supports floating-point dtypes');
  if (!(p >= 0)) throw new TorchError('RuntimeError', 'pdist only supports non-negative p values');
  if (x.shape[0] <= 1) return K.full([0], 0, x.dtype);
  return apply(PDIST, [x], { p });
}

// --- _trilinear in the bilinear layout: out[n, o] = Σ_ij x1[n, i]·W[o, i, j]·x2[n, j] ------------------------------
// Gradients with matrix products (differentiable again): A = g·W viewed [N, I, J]; dx1 = A·x2, dx2 = x1·A,
// dW = gᵀ·(x1 ⊗ x2).
const gW = (g: Tensor, w: Tensor): Tensor => reshape(mm(g, reshape(w, [w.shape[0], w.shape[1] * w.shape[2]])), [g.shape[0], w.shape[1], w.shape[2]]);
const TRILINEAR = defineOp({
  name: '_trilinear', node: 'TrilinearBackward0', args: ['i1', 'i2', 'i3'],
  forward: ([x1, w, x2]) => {
    const [N, I] = x1.shape, [O, , J] = w.shape, a = x1.toArray(), wv = w.toArray(), b = x2.toArray();
    const out = new Float64Array(N * O);
    for (let n = 0; n < N; n++) for (let o = 0; o < O; o++) {
      let s = 0;
      for (let i = 0; i < I; i++) {
        let inner = 0;
        for (let j = 0; j < J; j++) inner += wv[(o * I + i) * J + j] * b[n * J + j];
        s += a[n * I + i] * inner;
      }
      out[n * O + o] = s;
    }
    return fromValues([N, O], out, x1.dtype);
  },
  grads: {
    i1: { saves: ['i2', 'i3'], fn: (g, c) => squeeze(bmm(gW(g, c.saved('i2')), unsqueeze(c.saved('i3'), 2)), 2) },
    i3: { saves: ['i1', 'i2'], fn: (g, c) => squeeze(bmm(unsqueeze(c.saved('i1'), 1), gW(g, c.saved('i2'))), 1) },
    i2: {
      saves: ['i1', 'i3'], fn: (g, c) => {
        const x1 = c.saved('i1'), x2 = c.saved('i3'), N = x1.shape[0];
        const outer = reshape(mul(unsqueeze(x1, 2), unsqueeze(x2, 1)), [N, x1.shape[1] * x2.shape[1]]);
        return reshape(mm(transpose(g), outer), [g.shape[1], x1.shape[1], x2.shape[1]]);
      },
    },
  },
});
/** _trilinear(x1, W, x2, {1,3}, {0}, {1,2}, {2,3}) for 2-D x1 [N, I], W [O, I, J], x2 [N, J] (bilinear's call). */
export function trilinear_bilinear(x1: Tensor, w: Tensor, x2: Tensor): Tensor {
  if (x1.dtype !== w.dtype || x2.dtype !== w.dtype) {
    throw new TorchError('RuntimeError', `expected scalar type ${scalarTypeName(x1.dtype)} but found ${scalarTypeName(x1.dtype === w.dtype ? x2.dtype : w.dtype)}`);
  }
  return apply(TRILINEAR, [x1, w, x2]);
}
