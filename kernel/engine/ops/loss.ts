// Loss functions with their own PyTorch nodes: nll_loss (NllLossBackward0, NllLoss2DBackward0 and their
// XBackwardBackward0 formulas), mse_loss, smooth_l1_loss, huber_loss, binary_cross_entropy and
// binary_cross_entropy_with_logits. Reductions: 'none' | 'mean' | 'sum'. Values are computed on the host step by step in the element type;
// gradients are written with public ops (so create_graph works). Composite losses (cross_entropy, l1_loss) are built
// from these in the Python facade, as PyTorch 1.13 builds them.
import { isFloating } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { iteratorStrides } from '../shape';
import { Tensor } from '../tensor';
import { mem } from '../wasm';
import { apply, defineOp, definePointwise, OpDef, scalarTypeName } from './apply';
import { logsigmoid } from './activation';
import { fromValues } from './creation';
import {
  add, addScalar, div, divScalar, log, maximum, mul, mulScalar, neg, reciprocal, rsubScalar, sigmoid, sub, where,
} from './pointwise';

export type Reduction = 'none' | 'mean' | 'sum';
const fmt = (s: readonly number[]): string => `[${s.join(', ')}]`;

// --- nll_loss -----------------------------------------------------------------------------------------------------------
// Input (N, C, rest...) or (C); target (N, rest...) or (). out[n, rest] = -w[t] · x[n, t, rest] (0 where ignored).
interface NllLayout { n: number; c: number; inner: number }
function nllLayout(shape: readonly number[]): NllLayout {
  if (shape.length === 1) return { n: 1, c: shape[0], inner: 1 };
  return { n: shape[0], c: shape[1], inner: shape.slice(2).reduce((a, b) => a * b, 1) };
}
/** Per target position: the class and its weight (0 when ignored). */
function nllTerms(shape: readonly number[], a: Record<string, unknown>): { cls: Float64Array; w: Float64Array } {
  const t = (a.target as Tensor).toArray(), weight = a.weight ? (a.weight as Tensor).toArray() : null;
  const { c } = nllLayout(shape);
  const w = new Float64Array(t.length);
  t.forEach((cls, i) => {
    if (cls === a.ignore_index) return;
    if (cls < 0 || cls >= c) throw new TorchError('IndexError', `Target ${cls} is out of bounds.`);
    w[i] = weight ? weight[cls] : 1;
  });
  return { cls: t, w };
}
/** Offset of x[n, cls, j] in row-major order for target position i = n·inner + j. */
const xPos = (l: NllLayout, i: number, cls: number): number => (Math.floor(i / l.inner) * l.c + cls) * l.inner + (i % l.inner);

/** Math.fround for float32 (each step of a float32 kernel rounds), else the identity. */
const rounding = (dtype: Tensor['dtype']): ((v: number) => number) => (dtype === 'float32' ? Math.fround : (v: number) => v);

/**
 * nll_loss_out_frame / nll_loss2d_forward_out_frame of PyTorch 1.13 (LossNLL.cpp, LossNLL2d.cpp): the reduced loss
 * and total weight summed in the element type in 8 cascade levels over the target positions (every level_step-th
 * position carries level j into j + 1; ignored positions add nothing and carry nothing), then the levels added
 * in order; 'mean' divides by the total weight (by the count of targets not ignored without weights).
 */
/**
 * x's element at row-major position `pos` reader: float32/float64 straight from memory (the loss reads one element
 * per target, not the whole input), other dtypes through toArray.
 */
function elementReader(x: Tensor): (pos: number) => number {
  if (x.dtype !== 'float32' && x.dtype !== 'float64') { const v = x.toArray(); return (pos) => v[pos]; }
  const arr = x.dtype === 'float32' ? mem().f32 : mem().f64, base = x.storage.ptr / x.itemsize + x.offset;
  const shape = x.shape, strides = x.strides, nd = shape.length;
  return (pos) => {
    let off = 0;
    for (let d = nd - 1; d >= 0; d--) { const n = shape[d]; off += (pos % n) * strides[d]; pos = Math.floor(pos / n); }
    return arr[base + off];
  };
}
function nllForward([x]: Tensor[], a: Record<string, unknown>): Tensor {
  const at = elementReader(x), l = nllLayout(x.shape), { cls, w } = nllTerms(x.shape, a);
  if (a.reduction === 'none') {
    const per = new Float64Array(cls.length);
    for (let i = 0; i < cls.length; i++) per[i] = w[i] === 0 ? 0 : -w[i] * at(xPos(l, i, cls[i]));
    return fromValues((a.target as Tensor).shape, per, x.dtype);
  }
  const r = rounding(x.dtype);
  const { loss, total } = nllCascade(cls, a, r, (i) => at(xPos(l, i, cls[i])));
  const out = a.reduction === 'mean' && (x.ndim !== 4 || total !== 0 || x.numel() === 0) ? r(loss / total) : loss;
  return fromValues([], [out], x.dtype);
}
/** The cascade of nllForward: the summed loss -w[t]·x[t] (data(i) is x at target position i) and total weight. */
function nllCascade(cls: ArrayLike<number>, a: Record<string, unknown>, r: (v: number) => number, data: (i: number) => number): { loss: number; total: number } {
  const weight = a.weight ? (a.weight as Tensor).toArray() : null;
  const levels = 8, n = cls.length;
  const power = Math.max(4, Math.floor(ceilLog2(n) / levels)), step = 2 ** power;
  const loss = new Array<number>(levels).fill(0), wsum = new Array<number>(levels).fill(0);
  let ignored = 0;
  for (let i = 0; i < n; i++) {
    if (cls[i] === a.ignore_index) { ignored++; continue; }
    if (weight) {
      const wv = weight[cls[i]];
      loss[0] = r(loss[0] - r(data(i) * wv)); wsum[0] = r(wsum[0] + wv);
    } else loss[0] = r(loss[0] - data(i));
    for (let j = 0; j + 1 < levels; j++) {
      if (Math.floor(i / 2 ** (j * power)) % step !== 0) break;
      wsum[j + 1] = r(wsum[j + 1] + wsum[j]); loss[j + 1] = r(loss[j + 1] + loss[j]);
      wsum[j] = 0; loss[j] = 0;
    }
  }
  return { loss: loss.reduce((p, q) => r(p + q), 0), total: weight ? wsum.reduce((p, q) => r(p + q), 0) : r(n - ignored) };
}
/** c10::utils::CeilLog2 (1 for n ≤ 2). */
const ceilLog2 = (n: number): number => (n <= 2 ? 1 : Math.ceil(Math.log2(n)));
/** The gradient: -w[t]·g placed at the target class (scaled by 1/total weight for 'mean'). Linear in g. */
function nllBackwardForward([g]: Tensor[], a: Record<string, unknown>): Tensor {
  const shape = a.inputShape as number[];
  const gv = g.toArray(), l = nllLayout(shape), { cls, w } = nllTerms(shape, a);
  const r = rounding(g.dtype), total = a.reduction === 'mean' ? nllCascade(cls, a, r, () => 0).total : 1;
  // zeros (the kernel's fill), then the target positions written in place (float32/float64; others on the host)
  const wide = g.dtype === 'float32' || g.dtype === 'float64';
  const out = wide ? K.full(shape, 0, g.dtype) : null;
  const arr = g.dtype === 'float32' ? mem().f32 : mem().f64, base = out ? out.storage.ptr / out.itemsize : 0;
  const host = wide ? null : new Float64Array(shape.reduce((p, q) => p * q, 1));
  for (let i = 0; i < cls.length; i++) {
    if (w[i] === 0) continue;
    // PyTorch 1.13: w·(-(g / total)) (checked for 2-D and 4-D input), -w·g[i] without reduction
    const v = a.reduction === 'none' ? -w[i] * gv[i] : w[i] * -r(gv[0] / total);
    if (host) host[xPos(l, i, cls[i])] = v; else arr[base + xPos(l, i, cls[i])] = v;
  }
  return out ?? fromValues(shape, host as Float64Array, g.dtype);
}
function nllPair(node: string): OpDef {
  const back: OpDef = defineOp({
    name: 'nll_loss_backward', node: node.replace('Backward0', 'BackwardBackward0'), args: ['grad_output'],
    forward: nllBackwardForward,
    // The backward is linear in grad_output; its adjoint is the forward itself.
    grads: { grad_output: { saves: [], fn: (G, c) => apply(fwd, [G], c.attrs) } },
  });
  const fwd: OpDef = defineOp({
    name: 'nll_loss', node, args: ['self'], forward: nllForward,
    grads: { self: { saves: [], fn: (g, c) => apply(back, [g], { ...c.attrs, inputShape: [...c.inputs[0].shape] }) } },
  });
  return fwd;
}
const NLL = nllPair('NllLossBackward0');
const NLL2D = nllPair('NllLoss2DBackward0');

/** nll_loss (1-D/2-D input) or nll_loss2d (4-D input); the facade reshapes other layouts as nll_loss_nd does. */
export function nll_loss(x: Tensor, target: Tensor, weight: Tensor | null, reduction: Reduction, ignoreIndex: number): Tensor {
  const c = x.ndim === 1 ? x.shape[0] : x.shape[1];
  if (x.ndim === 4) {
    if (target.ndim !== 3) throw new TorchError('RuntimeError', `only batches of spatial targets supported (3D tensors) but got targets of dimension: ${target.ndim}`);
    if (x.shape[0] !== target.shape[0] || x.shape[2] !== target.shape[1] || x.shape[3] !== target.shape[2]) {
      throw new TorchError('RuntimeError', `size mismatch (got input: ${fmt(x.shape)} , target: ${fmt(target.shape)}`);
    }
  } else {
    if (!(x.ndim > 0 && x.ndim <= 2)) throw new TorchError('RuntimeError', 'input tensor should be 1D or 2D');
    if (target.ndim > 1) throw new TorchError('RuntimeError', '0D or 1D target tensor expected, multi-target not supported');
    const noBatch = x.ndim === 1 && target.ndim === 0;
    if (!noBatch && x.shape[0] !== target.shape[0]) throw new TorchError('RuntimeError', `size mismatch (got input: ${fmt(x.shape)}, target: ${fmt(target.shape)})`);
  }
  if (weight && !(weight.ndim === 1 && weight.numel() === c)) {
    throw new TorchError('RuntimeError', `weight tensor should be defined either for all ${c} classes or no classes but got weight tensor of shape: ${fmt(weight.shape)}`);
  }
  // (ATen checks the shapes first; the kernel then reads the target as int64)
  if (target.dtype !== 'int64') throw new TorchError('RuntimeError', `expected scalar type Long but found ${scalarTypeName(target.dtype)}`);
  if (!isFloating(x.dtype) || x.dtype === 'float16') throw new TorchError('RuntimeError', `"nll_loss_out_frame" not implemented for '${scalarTypeName(x.dtype)}'`);
  return apply(x.ndim === 4 ? NLL2D : NLL, [x], { target, weight, reduction, ignore_index: ignoreIndex });
}

// --- pointwise losses ------------------------------------------------------------------------------------------------
// Each is two entries, as in PyTorch: XBackward0 (the loss) whose input gradient is the op x_backward(grad, self,
// target) (node XBackwardBackward0), whose own gradients use the second derivatives below.
export interface PointLoss {
  name: string; node: string;
  /**
   * The loss of element i (a.pw: pos_weight's values broadcast to the input's shape) computed as PyTorch's kernel
   * does, `r` rounding each step to the element type.
   */
  value: (x: number, t: number, a: Record<string, unknown>, i: number, r: (v: number) => number) => number;
  /** d loss / d x, d loss / d t, and d²loss/dx², d²loss/dxdt, as tensors of public ops. */
  dx: (x: Tensor, t: Tensor, a: Record<string, unknown>) => Tensor;
  dt: (x: Tensor, t: Tensor, a: Record<string, unknown>) => Tensor;
  dxx: (x: Tensor, t: Tensor, a: Record<string, unknown>) => Tensor;
  dxt: (x: Tensor, t: Tensor, a: Record<string, unknown>) => Tensor;
  /**
   * The first-order gradient as PyTorch's X_loss_backward kernel computes it, bit for bit (for the input: (g, x, t);
   * for the target PyTorch calls the same kernel with the operands swapped). Without it: chain(g, dx).
   */
  backward?: (g: Tensor, x: Tensor, t: Tensor, a: Record<string, unknown>) => Tensor;
  /** With reduction='none', the operands whose layout the result takes (default both, as TensorIterator). */
  layoutOf?: (inputs: Tensor[]) => Tensor[];
  /**
   * The elementwise losses of float32/float64 operands of one dtype (no weight) written by kernels, laid out with
   * `strides` (TensorIterator's for both operands, null: row-major; so not with layoutOf), the same bits as
   * `value`; null: `value` on the host.
   */
  kernel?: (x: Tensor, t: Tensor, strides: number[] | null) => Tensor | null;
}
/**
 * apply_loss_reduction: 'none' gives the elementwise losses; 'sum' and 'mean' sum them (laid out as the operands
 * are, as PyTorch's loss tensor is) with the float sum in PyTorch's order, 'mean' then divides by their count.
 */
function reduceValues(per: Float64Array, x: Tensor, t: Tensor, reduction: unknown): Tensor {
  const all = fromValues(x.shape, per, x.dtype);
  if (reduction === 'none') return all;
  const strides = iteratorStrides(x.shape, [x, t]);
  return reduceLaidOut(strides ? K.copyOf(all, x.dtype, strides) : all, reduction);
}
/** The 'sum' or 'mean' of the elementwise losses `all` (laid out as TensorIterator lays out the operands). */
function reduceLaidOut(all: Tensor, reduction: unknown): Tensor {
  const s = K.floatSum(all, null, false, false);
  return reduction === 'mean' ? K.binary('div', s, K.full([], all.numel(), 'float64'), all.dtype) : s;
}
/** g (0-d for 'mean'/'sum') times a pointwise factor (weighted), scaled by 1/N for 'mean'. */
function chain(g: Tensor, d: Tensor, attrs: Record<string, unknown>, n: number): Tensor {
  const r = mul(g, attrs.weight ? mul(d, attrs.weight as Tensor) : d);
  return attrs.reduction === 'mean' ? divScalar(r, n) : r;
}
export function definePointLoss(l: PointLoss): OpDef {
  const back: OpDef = defineOp({
    name: `${l.name}_backward`, node: l.node.replace('Backward0', 'BackwardBackward0'), args: ['grad_output', 'self', 'target'],
    forward: ([g, x, t], a) => (l.backward ? l.backward(g, x, t, a) : chain(g, l.dx(x, t, a), a, x.numel())),   // dx has the input's shape
    grads: {
      grad_output: { saves: ['self', 'target'], fn: (G, c) => chain(G, l.dx(c.saved('self'), c.saved('target'), c.attrs), c.attrs, c.saved('self').numel()) },
      self: { saves: ['grad_output', 'self', 'target'], fn: (G, c) => chain(mul(G, c.saved('grad_output')), l.dxx(c.saved('self'), c.saved('target'), c.attrs), c.attrs, c.saved('self').numel()) },
      target: { saves: ['grad_output', 'self', 'target'], fn: (G, c) => chain(mul(G, c.saved('grad_output')), l.dxt(c.saved('self'), c.saved('target'), c.attrs), c.attrs, c.saved('self').numel()) },
    },
  });
  // pointwise: with reduction='none' the result is laid out as the operands are (TensorIterator), as PyTorch's
  return definePointwise({
    name: l.name, node: l.node, args: ['self', 'target'], pointwise: l.layoutOf ?? true,
    forward: ([x, t], a) => {
      if (l.kernel && !a.weight && x.dtype === t.dtype && (x.dtype === 'float32' || x.dtype === 'float64')) {
        const all = l.kernel(x, t, iteratorStrides(x.shape, [x, t]));
        if (all) {
          if (a.reduction === 'none') return all;
          const r = reduceLaidOut(all, a.reduction);
          all.free();
          return r;
        }
      }
      const xv = x.toArray(), tv = t.toArray(), wv = a.weight ? (a.weight as Tensor).toArray() : null;
      const per = new Float64Array(xv.length), r = rounding(x.dtype);
      for (let i = 0; i < xv.length; i++) { const v = l.value(xv[i], tv[i], a, i, r); per[i] = wv ? r(v * wv[i]) : v; }   // then loss.mul_(weight)
      return reduceValues(per, x, t, a.reduction);
    },
    grads: {
      self: { saves: ['self', 'target'], fn: (g, c) => apply(back, [g, c.saved('self'), c.saved('target')], c.attrs) },
      target: {
        saves: ['self', 'target'], fn: (g, c) => (l.backward ? l.backward(g, c.saved('target'), c.saved('self'), c.attrs)
          : chain(g, l.dt(c.saved('self'), c.saved('target'), c.attrs), c.attrs, c.saved('self').numel())),
      },
    },
  });
}

/**
 * grad_input of a loss backward kernel run by cpu_kernel_vec over (input, target, grad_output) for float32/float64:
 * with contiguous input and target and a contiguous or single-number grad_output, the elements of each whole block
 * of two Vectorized (16 floats, 8 doubles) take the vector lambda `vec`, the rest the scalar lambda `scal`; other
 * layouts take `scal` throughout (TensorIterator's basic loop). `r` rounds to the dtype; null for other dtypes.
 */
function lossBackwardKernel(g: Tensor, x: Tensor, t: Tensor,
  vec: (x: number, t: number, g: number, r: (v: number) => number) => number,
  scal: (x: number, t: number, g: number, r: (v: number) => number) => number): Tensor | null {
  const same = (u: Tensor): boolean => u.shape.length === x.shape.length && u.shape.every((d, i) => d === x.shape[i]);
  const one = g.numel() === 1;
  if ((x.dtype !== 'float32' && x.dtype !== 'float64') || t.dtype !== x.dtype || g.dtype !== x.dtype || !same(t) || !(one || same(g))) return null;
  const r = rounding(x.dtype), n = x.numel();
  const xv = x.toArray(), tv = t.toArray();
  const gv = one ? null : g.toArray();
  const g0 = one ? (g.toArray()[0] as number) : 0;
  const blocks = x.is_contiguous() && t.is_contiguous() && (one || g.is_contiguous()) ? n - (n % (x.dtype === 'float32' ? 16 : 8)) : 0;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (i < blocks ? vec : scal)(xv[i], tv[i], gv ? gv[i] : g0, r);
  return fromValues(x.shape, out, x.dtype);
}
const lossNorm = (a: Record<string, unknown>, n: number, k: number): number => (a.reduction === 'mean' ? k / n : k);
const num = (a: Record<string, unknown>, k: string): number => a[k] as number;

const MSE = definePointLoss({
  name: 'mse_loss', node: 'MseLossBackward0',
  value: (x, t, _a, _i, r) => { const d = r(x - t); return r(d * d); },
  // mse_kernel: (x - t)·(x - t) in the dtype, one pass
  kernel: (x, t, strides) => K.binary('sqDiff', x, t, x.dtype, strides),
  dx: (x, t) => mulScalar(sub(x, t), 2),
  dt: (x, t) => mulScalar(sub(x, t), -2),
  dxx: (x) => K.full(x.shape, 2, x.dtype),
  dxt: (x) => K.full(x.shape, -2, x.dtype),
  // mse_backward_cpu_kernel: norm·(x - t)·g with norm = 2/N ('mean') or 2 in the dtype
  backward: (g, x, t, a) => mul(mulScalar(sub(x, t), lossNorm(a, x.numel(), 2)), g),
});
// smooth_l1 (β) and huber (δ): quadratic inside, linear outside. Their backward kernels take the linear branch
// from |x - t| = β (δ) on (the same value there), so smooth_l1 with β = 0 has gradient +1 at x = t.
function clampedSlope(d: Tensor, k: number, outside: number): Tensor {
  const inside = k === 0 ? mulScalar(d, 0) : divScalar(mulScalar(d, outside), k);
  const lo = K.compare('le', d, K.full([], -k, d.dtype), d.dtype), hi = K.compare('ge', d, K.full([], k, d.dtype), d.dtype);
  return where(hi, K.full(d.shape, outside, d.dtype), where(lo, K.full(d.shape, -outside, d.dtype), inside));
}
const SMOOTH_L1 = definePointLoss({
  name: 'smooth_l1_loss', node: 'SmoothL1LossBackward0',
  value: (x, t, a, _i, r) => { const z = Math.abs(r(x - t)), b = r(num(a, 'beta')); return z < b ? r(r(r(0.5 * z) * z) / b) : r(z - r(0.5 * b)); },
  dx: (x, t, a) => clampedSlope(sub(x, t), num(a, 'beta'), 1),
  dt: (x, t, a) => neg(clampedSlope(sub(x, t), num(a, 'beta'), 1)),
  dxx: (x, t, a) => inside(sub(x, t), num(a, 'beta'), num(a, 'beta') === 0 ? 0 : 1 / num(a, 'beta')),
  dxt: (x, t, a) => inside(sub(x, t), num(a, 'beta'), num(a, 'beta') === 0 ? 0 : -1 / num(a, 'beta')),
  // smooth_l1_backward_cpu_kernel: the vector lambda blends ±1 and x/β, then norm·out·g; the scalar one compares
  // with the double β and divides norm·x·g by it in double
  backward: (g, x, t, a) => {
    const beta = num(a, 'beta'), norm = lossNorm(a, x.numel(), 1);
    if (beta === 0) return chain(g, clampedSlope(sub(x, t), 0, 1), a, x.numel());
    return lossBackwardKernel(g, x, t, (xe, te, ge, r) => {
      const nf = r(norm), bf = r(beta), d = r(xe - te);
      const o = Math.abs(d) >= bf ? (d > 0 ? 1 : -1) : r(d / bf);
      return r(r(nf * o) * ge);
    }, (xe, te, ge, r) => {
      const nf = r(norm), d = r(xe - te);
      if (d <= -beta) return r(-nf * ge);
      if (d >= beta) return r(nf * ge);
      return r(r(r(nf * d) * ge) / beta);
    }) ?? chain(g, clampedSlope(sub(x, t), beta, 1), a, x.numel());
  },
});
const HUBER = definePointLoss({
  name: 'huber_loss', node: 'HuberLossBackward0',
  value: (x, t, a, _i, r) => { const z = Math.abs(r(x - t)), k = r(num(a, 'delta')); return z < k ? r(r(0.5 * z) * z) : r(k * r(z - r(0.5 * k))); },
  dx: (x, t, a) => clampedSlope(sub(x, t), num(a, 'delta'), num(a, 'delta')),
  dt: (x, t, a) => neg(clampedSlope(sub(x, t), num(a, 'delta'), num(a, 'delta'))),
  dxx: (x, t, a) => inside(sub(x, t), num(a, 'delta'), 1),
  dxt: (x, t, a) => inside(sub(x, t), num(a, 'delta'), -1),
  // huber_backward_cpu_kernel: the vector lambda blends x and ±δ, then norm·out·g; the scalar one multiplies
  // norm·g by the double δ outside
  backward: (g, x, t, a) => {
    const delta = num(a, 'delta'), norm = lossNorm(a, x.numel(), 1);
    return lossBackwardKernel(g, x, t, (xe, te, ge, r) => {
      const nf = r(norm), df = r(delta), d = r(xe - te);
      const o = Math.abs(d) >= df ? (d > 0 ? df : -df) : d;
      return r(r(nf * o) * ge);
    }, (xe, te, ge, r) => {
      const nf = r(norm), d = r(xe - te);
      if (d <= -delta) return r(r(-nf * ge) * delta);
      if (d >= delta) return r(r(nf * ge) * delta);
      return r(r(nf * d) * ge);
    }) ?? chain(g, clampedSlope(sub(x, t), delta, delta), a, x.numel());
  },
});
/** v strictly inside (-k, k), 0 outside: the derivative of clampedSlope. */
function inside(d: Tensor, k: number, v: number): Tensor {
  const out = K.compare('ge', K.unary('abs', d), K.full([], k, d.dtype), d.dtype);
  return where(out, K.full(d.shape, 0, d.dtype), K.full(d.shape, v, d.dtype));
}
// binary_cross_entropy: logs clamped at -100 (PyTorch's kernel), so 0 and 1 give finite losses; the gradient
// divides by max(x(1 - x), 1e-12).
const clampLog = (v: number, r: (v: number) => number): number => Math.max(r(Math.log(v)), -100);
const clampLogT = (x: Tensor): Tensor => maximum(log(x), K.full([], -100, x.dtype));
const BCE = definePointLoss({
  name: 'binary_cross_entropy', node: 'BinaryCrossEntropyBackward0',
  // (t - 1)·max(log(1 - x), -100) - t·max(log(x), -100), step by step
  value: (x, t, _a, _i, r) => r(r(r(t - 1) * clampLog(r(1 - x), r)) - r(t * clampLog(x, r))),
  dx: (x, t) => K.binary('div', sub(x, t), maximum(mul(rsubScalar(x, 1), x), K.full([], 1e-12, x.dtype)), x.dtype),
  dt: (x) => sub(clampLogT(rsubScalar(x, 1)), clampLogT(x)),
  // with q = x(1 - x): d/dx (x - t)/q = (q - (x - t)(1 - 2x)) / q², d/dt = -1/q
  dxx: (x, t) => { const q = mul(rsubScalar(x, 1), x); return div(sub(q, mul(sub(x, t), rsubScalar(mulScalar(x, 2), 1))), mul(q, q)); },
  dxt: (x) => neg(reciprocal(mul(rsubScalar(x, 1), x))),
});
// With logits, PyTorch's formula step by step (rounded to float32 after each step for float32 inputs, as its
// in-place kernels do, so e.g. a saturated logit gives exactly 0): m = max(-x, 0),
// loss = (1 - t)·x + lw·(log(e^{-m} + e^{-x-m}) + m), lw = (pos_weight - 1)·t + 1 (1 without pos_weight).
const BCE_LOGITS = definePointLoss({
  name: 'binary_cross_entropy_with_logits', node: 'BinaryCrossEntropyWithLogitsBackward0',
  layoutOf: ([, t]) => [t],   // ATen's composite starts from (1 - target) and updates it in place
  value: (x, t, a, i, r) => {
    const m = Math.max(-x, 0);
    const lse = r(Math.log(r(r(Math.exp(-m)) + r(Math.exp(r(-x - m))))));
    const lin = r(r(1 - t) * x);
    if (!a.pw) return r(r(lin + m) + lse);
    const lw = r(r(((a.pw as Float64Array)[i] - 1) * t) + 1);
    return r(lin + r(lw * r(lse + m)));
  },
  // σ(x) - t, or (pos_weight·t + 1 - t)·σ(x) - pos_weight·t (binary_cross_entropy_with_logits_backward)
  dx: (x, t, a) => {
    if (!a.pos_weight) return sub(sigmoid(x), t);
    const pt = mul(a.pos_weight as Tensor, t);
    return sub(mul(sub(addScalar(pt, 1), t), sigmoid(x)), pt);
  },
  // d/dt: -x + (pos_weight - 1)·softplus(-x)
  dt: (x, t, a) => {
    const sp = neg(logsigmoid(x));
    return a.pos_weight ? add(neg(x), mul(addScalar(a.pos_weight as Tensor, -1), sp)) : neg(x);
  },
  // d/dx σ(x)·c = c·σ(1 - σ), c = pos_weight·t + 1 - t (1 without); d/dt = (pos_weight - 1)·σ(x) - pos_weight
  dxx: (x, t, a) => {
    const s = sigmoid(x), ds = mul(s, rsubScalar(s, 1));
    return a.pos_weight ? mul(sub(addScalar(mul(a.pos_weight as Tensor, t), 1), t), ds) : ds;
  },
  dxt: (x, t, a) => (a.pos_weight ? sub(mul(addScalar(a.pos_weight as Tensor, -1), sigmoid(x)), a.pos_weight as Tensor) : K.full(x.shape, -1, x.dtype)),
});

export function mse_loss(x: Tensor, t: Tensor, reduction: Reduction): Tensor { return apply(MSE, [x, t], { reduction }); }
export function smooth_l1_loss(x: Tensor, t: Tensor, reduction: Reduction, beta: number): Tensor { return apply(SMOOTH_L1, [x, t], { reduction, beta }); }
export function huber_loss(x: Tensor, t: Tensor, reduction: Reduction, delta: number): Tensor { return apply(HUBER, [x, t], { reduction, delta }); }
export function binary_cross_entropy(x: Tensor, t: Tensor, weight: Tensor | null, reduction: Reduction): Tensor {
  if (t.dtype !== x.dtype) throw new TorchError('RuntimeError', `Found dtype ${scalarTypeName(t.dtype)} but expected ${scalarTypeName(x.dtype)}`);
  if (x.toArray().some((v) => !(v >= 0 && v <= 1))) throw new TorchError('RuntimeError', 'all elements of input should be between 0 and 1');
  return apply(BCE, [x, t], { reduction, weight });
}
export function binary_cross_entropy_with_logits(x: Tensor, t: Tensor, weight: Tensor | null, posWeight: Tensor | null, reduction: Reduction): Tensor {
  if (x.dtype === 'bool' || t.dtype === 'bool') {
    throw new TorchError('RuntimeError', 'Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.');
  }
  if (!isFloating(t.dtype)) {
    throw new TorchError('RuntimeError', `result type ${scalarTypeName(isFloating(x.dtype) ? x.dtype : 'float32')} can't be cast to the desired output type ${scalarTypeName(t.dtype)}`);
  }
  if (x.dtype === 'float16' || t.dtype === 'float16') throw new TorchError('RuntimeError', `"clamp_min_cpu" not implemented for 'Half'`);
  return apply(BCE_LOGITS, [x, t], { reduction, weight, pos_weight: posWeight, pw: posWeight ? posWeight.toArray() : null });
}
