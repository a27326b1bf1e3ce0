// torch.linalg over the engine: vector norms (linalg_vector_norm, dist, cdist) and the LU / Cholesky family
// (det, slogdet, inv, solve, cholesky) of PyTorch 1.13.1, with its grad_fn names, gradient formulas
// (FunctionsManual.cpp: norm_backward, _cdist_backward, linalg_det_backward, slogdet_backward,
// linalg_solve_backward, cholesky_backward) and error texts.
//
// The factorizations run on the host per matrix, as LAPACK's unblocked getf2 / potf2 do: partial pivoting picks the
// first row of largest |value| (so singular and near-singular matrices give PyTorch's pivots, infos and infs), the
// column below a pivot is scaled by the pivot's reciprocal, and triangular solves skip zero entries as BLAS trsm
// does. float32 inputs are factored with every operation rounded to float32 (LAPACK's sgetrf works in float).
import { isGradEnabled } from '../autograd/grad_mode';
import { gradientEdge, Node } from '../autograd/node';
import { isFloating, type DType } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { vectorNormInto } from '../reduce-order';
import { broadcastShapes, numel, wrapDim } from '../shape';
import { cfmt } from '../random';
import { Tensor } from '../tensor';
import { apply, applyInplace, checkInplace, defineOp, scalarTypeName } from './apply';
import { fromValues } from './creation';
import { matmul } from './linalg';
import { add, abs, addScalar, div, eq, gt, logicalOr, mul, mulScalar, ne, neg, pow, reciprocal, sign, sub, where } from './pointwise';
import { sum } from './reduce';
import { tril, triu } from './triangular';
import { expand, to, transpose, unsqueeze, squeeze, viewOf } from './views';

type Round = (v: number) => number;
const roundOf = (d: DType): Round => (d === 'float32' ? Math.fround : (v: number) => v);
const mT = (x: Tensor): Tensor => transpose(x, -2, -1);
// Inside forwards: plain views (no autograd, no reference to the input tensor object, which a forward must not
// release), freed with the forward's scope.
const rawExpand = (x: Tensor, shape: readonly number[]): Tensor => viewOf(x, shape, K.broadcastStridesFor(x, shape));
function rawMT(x: Tensor): Tensor {
  const n = x.ndim, shape = [...x.shape], strides = [...x.strides];
  [shape[n - 2], shape[n - 1]] = [shape[n - 1], shape[n - 2]];
  [strides[n - 2], strides[n - 1]] = [strides[n - 1], strides[n - 2]];
  return viewOf(x, shape, strides);
}

/** Element positions of a row-major tensor grouped by output element of a reduction over `dims` (null: all). */
function reductionShape(shape: readonly number[], dims: number[] | null, keepdim: boolean): { out: number[]; index: (flat: number) => number } {
  const nd = shape.length;
  const reduced = new Array<boolean>(nd).fill(dims === null);
  if (dims !== null) for (const d of dims) reduced[d] = true;
  const out: number[] = [];
  shape.forEach((s, d) => { if (!reduced[d]) out.push(s); else if (keepdim) out.push(1); });
  // output strides per input dim (0 for reduced dims)
  const ostr = new Array<number>(nd).fill(0);
  let acc = 1;
  for (let d = nd - 1; d >= 0; d--) if (!reduced[d]) { ostr[d] = acc; acc *= shape[d]; }
  const index = (flat: number): number => {
    let o = 0;
    for (let d = nd - 1; d >= 0; d--) { const i = flat % shape[d]; flat = (flat - i) / shape[d]; o += i * ostr[d]; }
    return o;
  };
  return { out, index };
}

/** Σ|x|^p style accumulation for one norm order; `finish` turns the accumulator into the norm. */
function normAccumulator(ord: number): { init: number; step: (acc: number, v: number) => number; finish: (acc: number) => number } {
  if (ord === 0) return { init: 0, step: (a, v) => a + (v !== 0 ? 1 : 0), finish: (a) => a };
  if (ord === Infinity) return { init: 0, step: (a, v) => (Number.isNaN(a) || Number.isNaN(v) ? NaN : Math.max(a, Math.abs(v))), finish: (a) => a };
  if (ord === -Infinity) return { init: Infinity, step: (a, v) => (Number.isNaN(a) || Number.isNaN(v) ? NaN : Math.min(a, Math.abs(v))), finish: (a) => a };
  if (ord === 1) return { init: 0, step: (a, v) => a + Math.abs(v), finish: (a) => a };
  if (ord === 2) return { init: 0, step: (a, v) => a + v * v, finish: (a) => Math.sqrt(a) };
  return { init: 0, step: (a, v) => a + Math.abs(v) ** ord, finish: (a) => a ** (1 / ord) };
}

function vectorNormValues(x: Tensor, ord: number, dims: number[] | null, keepdim: boolean): Tensor {
  const { out, index } = reductionShape(x.shape, x.ndim === 0 ? null : dims, x.ndim === 0 ? false : keepdim);
  if ((x.dtype === 'float32' || x.dtype === 'float64') && x.numel() > 0) {
    // PyTorch's order and roundings (reduce-order.ts)
    const reduced = x.shape.map((_, d) => dims === null || dims.includes(d));
    const r = K.empty(out, x.dtype);
    try {
      vectorNormInto(x, ord, reduced, x.ndim === 0 ? false : keepdim, r);
    } catch (e) {
      r.free();
      throw e;
    }
    return r;
  }
  const v = x.toArray(), acc = normAccumulator(ord);
  const r = new Float64Array(numel(out)).fill(acc.init);
  for (let i = 0; i < v.length; i++) { const o = index(i); r[o] = acc.step(r[o], v[i]); }
  for (let o = 0; o < r.length; o++) r[o] = acc.finish(r[o]);
  return fromValues(out, r, x.dtype);
}

/** FunctionsManual's norm_backward: the gradient of ‖self‖_p (over dims; null: all) given the saved norm. */
function normBackward(g: Tensor, self: Tensor, p: number, norm: Tensor, dims: number[] | null, keepdim: boolean): Tensor | null {
  if (p === 0) return null;   // PyTorch returns an undefined gradient: the input's .grad stays None
  if (!keepdim && self.ndim !== 0 && dims !== null) {
    for (const d of [...dims].sort((a, b) => a - b)) { g = unsqueeze(g, d); norm = unsqueeze(norm, d); }
  }
  if (p === 1) return mul(sign(self), g);
  if (p === 2) return mul(g, where(eq(norm, 0), 0, div(self, norm)));
  if (!Number.isFinite(p)) {
    const selfAbs = abs(self);
    const mask = logicalOr(eq(selfAbs, norm), ne(selfAbs, selfAbs));
    const count = sum(mask, dims ?? [...Array(self.ndim).keys()], true);
    return mul(sign(self), mul(div(g, count), mask));
  }
  if (p < 1) {
    const scaled = mul(sign(self), where(eq(self, 0), 0, pow(abs(self), p - 1)));
    return mul(mul(scaled, g), pow(norm, 1 - p));
  }
  const scale = where(eq(norm, 0), 0, div(g, pow(norm, p - 1)));
  const scaled = p < 2 ? mul(sign(self), pow(abs(self), p - 1)) : mul(self, pow(abs(self), p - 2));
  return mul(scaled, scale);
}

const vectorNormForward = ([x]: Tensor[], a: Record<string, unknown>): Tensor =>
  vectorNormValues(x, a.ord as number, a.dims as number[] | null, a.keepdim as boolean);
const vectorNormGrad = {
  saves: ['self', 'result'],
  fn: (g: Tensor, c: import('../autograd/node').BackwardContext) =>
    normBackward(g, c.saved('self'), c.attrs.ord as number, c.saved('result'), c.attrs.dims as number[] | null, c.attrs.keepdim as boolean),
};
export const LINALG_VECTOR_NORM = defineOp({
  name: 'linalg_vector_norm', node: 'LinalgVectorNormBackward0', args: ['self'], forward: vectorNormForward, grads: { self: vectorNormGrad },
});
/** torch.norm / Tensor.norm with a numeric p (ATen's norm.ScalarOpt_dim): the same values, PyTorch's NormBackward1. */
export const NORM_DIM = defineOp({
  name: 'norm', node: 'NormBackward1', args: ['self'], forward: vectorNormForward, grads: { self: vectorNormGrad },
});
/** The same with a dtype= argument (norm.ScalarOpt_dim_dtype): NormBackward3. */
export const NORM_DIM_DTYPE = defineOp({
  name: 'norm', node: 'NormBackward3', args: ['self'], forward: vectorNormForward, grads: { self: vectorNormGrad },
});

function checkNormDims(x: Tensor, dims: number[] | null, ord: number, what: string): number[] | null {
  if (dims !== null) {
    const seen = new Set<number>();
    dims = dims.map((d) => {
      const n = Math.max(x.ndim, 1);
      if (d < -n || d >= n) throw new TorchError('IndexError', `Dimension out of range (expected to be in range of [${-n}, ${n - 1}], but got ${d})`);
      const w = d < 0 ? d + n : d;
      if (seen.has(w)) throw new TorchError('RuntimeError', `dim ${w} appears multiple times in the list of dims`);
      seen.add(w);
      return w;
    });
    if (dims.length === 0) dims = null;
  }
  if (ord < 0 || ord === Infinity) {
    const name = ord === Infinity ? 'inf' : ord === -Infinity ? '-inf' : String(ord);
    if (x.numel() === 0 && (dims === null || x.ndim === 0)) {
      throw new TorchError('RuntimeError', `${what} cannot compute the ${name} norm on an empty tensor because the operation does not have an identity`);
    }
    for (const d of dims ?? []) {
      if (x.ndim > 0 && x.shape[d] === 0) {
        throw new TorchError('RuntimeError', `${what} cannot compute the ${name} norm on the dimension ${d}because this dimension is empty and the operation does not have an identity`);
      }
    }
  }
  return dims;
}

export function linalg_vector_norm(x: Tensor, ord = 2, dims: number[] | null = null, keepdim = false): Tensor {
  if (!isFloating(x.dtype)) {
    throw new TorchError('RuntimeError', `linalg.vector_norm: Expected a floating point or complex tensor as input. Got ${scalarTypeName(x.dtype)}`);
  }
  const d = checkNormDims(x, dims, ord, 'linalg.vector_norm');
  return apply(LINALG_VECTOR_NORM, [x], { ord, dims: d, keepdim });
}
/** Tensor.norm(p, dim, keepdim) with a numeric p: NormBackward1. */
export function norm_p(x: Tensor, ord = 2, dims: number[] | null = null, keepdim = false, withDtype = false): Tensor {
  if (!isFloating(x.dtype)) {
    throw new TorchError('RuntimeError', `norm(): input dtype should be either floating point or complex. Got ${scalarTypeName(x.dtype)} instead.`);
  }
  const d = checkNormDims(x, dims, ord, 'linalg.vector_norm');
  return apply(withDtype ? NORM_DIM_DTYPE : NORM_DIM, [x], { ord, dims: d, keepdim });
}

function negOrNull(t: Tensor | null): Tensor {
  if (t === null) throw new TorchError('RuntimeError', "Expected a proper Tensor but got None (or an undefined Tensor in C++) for argument #0 'self'");
  return neg(t);
}

// --- dist -------------------------------------------------------------------------------------------------------------
const DIST = defineOp({
  name: 'dist', node: 'DistBackward0', args: ['self', 'other'],
  forward: ([a, b], attrs) => {
    const d = K.binary('sub', a, b, a.dtype === 'float64' || b.dtype === 'float64' ? 'float64' : 'float32');
    return vectorNormValues(d, attrs.p as number, null, false);
  },
  grads: {
    self: { saves: ['self', 'other', 'result'], fn: (g, c) => normBackward(g, sub(c.saved('self'), c.saved('other')), c.attrs.p as number, c.saved('result'), null, false) },
    // p = 0: PyTorch negates the undefined gradient of `self` and fails
    other: { saves: ['self', 'other', 'result'], fn: (g, c) => negOrNull(normBackward(g, sub(c.saved('self'), c.saved('other')), c.attrs.p as number, c.saved('result'), null, false)) },
  },
});
export function dist(a: Tensor, b: Tensor, p = 2): Tensor {
  for (const t of [a, b]) {
    if (!isFloating(t.dtype)) throw new TorchError('RuntimeError', `norm(): input dtype should be either floating point or complex. Got ${scalarTypeName(t.dtype)} instead.`);
  }
  broadcastShapes(a.shape, b.shape);
  return apply(DIST, [a, b], { p });
}

// --- cdist (the _cdist_forward path; the Python facade composes _euclidean_dist for the matrix-product path) ------
interface Batched { batch: number[]; B: number; r1: number; r2: number; c: number; x1: Float64Array; x2: Float64Array }
function cdistOperands(x1: Tensor, x2: Tensor): Batched {
  const batch = broadcastShapes(x1.shape.slice(0, -2), x2.shape.slice(0, -2));
  const r1 = x1.shape[x1.ndim - 2], r2 = x2.shape[x2.ndim - 2], c = x1.shape[x1.ndim - 1];
  const e1 = K.copyOf(rawExpand(x1, [...batch, r1, c]), x1.dtype), e2 = K.copyOf(rawExpand(x2, [...batch, r2, c]), x2.dtype);
  const r = { batch, B: numel(batch), r1, r2, c, x1: e1.toArray(), x2: e2.toArray() };
  return r;
}
function cdistValues(o: Batched, p: number): Float64Array {
  const { B, r1, r2, c, x1, x2 } = o, acc = normAccumulator(p);
  const r = new Float64Array(B * r1 * r2);
  for (let b = 0; b < B; b++) for (let i = 0; i < r1; i++) for (let j = 0; j < r2; j++) {
    let s = acc.init;
    for (let k = 0; k < c; k++) s = acc.step(s, x1[(b * r1 + i) * c + k] - x2[(b * r2 + j) * c + k]);
    r[(b * r1 + i) * r2 + j] = c === 0 ? 0 : acc.finish(s);
  }
  return r;
}
/** d dist / d diff for one coordinate (ATen's cdist backward functors), times the incoming gradient. */
function cdistGradTerm(p: number, diff: number, dist: number, g: number): number {
  if (p === 0) return 0;
  if (p === 1) return g * Math.sign(diff);
  if (p === 2) return dist === 0 ? 0 : g * diff / dist;
  if (p === Infinity) return g * Math.sign(diff) * (Math.abs(diff) === dist ? 1 : 0);
  if (p < 2) return dist === 0 || (diff === 0 && p < 1) ? 0 : Math.sign(diff) * Math.abs(diff) ** (p - 1) * g / dist ** (p - 1);
  return dist === 0 ? 0 : diff * Math.abs(diff) ** (p - 2) * g / dist ** (p - 1);
}
/** _cdist_backward on the host: the gradient of x1 (which = 1) or x2 (which = 2). */
function cdistBackward(g: Tensor, x1: Tensor, x2: Tensor, res: Tensor, p: number, which: number): Tensor {
  const o = cdistOperands(x1, x2);
  const gv = g.toArray(), dv = res.toArray();
  const { B, r1, r2, c } = o;
  const out = new Float64Array(B * (which === 1 ? r1 : r2) * c);
  for (let b = 0; b < B; b++) for (let i = 0; i < r1; i++) for (let j = 0; j < r2; j++) {
    const e = (b * r1 + i) * r2 + j;
    for (let k = 0; k < c; k++) {
      const diff = o.x1[(b * r1 + i) * c + k] - o.x2[(b * r2 + j) * c + k];
      if (which === 1) out[(b * r1 + i) * c + k] += cdistGradTerm(p, diff, dv[e], gv[e]);
      else out[(b * r2 + j) * c + k] += cdistGradTerm(p, -diff, dv[e], gv[e]);
    }
  }
  const r = fromValues([...o.batch, which === 1 ? r1 : r2, c], out, x1.dtype);
  // create_graph: PyTorch records a NotImplemented node, which raises when a gradient reaches it
  const inputs = [g, x1, x2, res];
  if (isGradEnabled() && inputs.some((t) => t.requires_grad)) {
    const node = new Node('NotImplemented', inputs.map((t) => (t.requires_grad ? gradientEdge(t) : { node: null, nr: 0 })),
      inputs.map((t) => ({ shape: t.shape, dtype: t.dtype })),
      () => { throw new TorchError('NotImplementedError', "the derivative for '_cdist_backward' is not implemented."); });
    r._gradFn = node.retain();
    r._outputNr = 0;
  }
  return r;
}
const CDIST = defineOp({
  name: '_cdist_forward', node: 'CdistBackward0', args: ['x1', 'x2'],
  forward: ([x1, x2], a) => {
    const o = cdistOperands(x1, x2);
    return fromValues([...o.batch, o.r1, o.r2], cdistValues(o, a.p as number), x1.dtype);
  },
  grads: {
    x1: { saves: ['x1', 'x2', 'result'], fn: (g, c) => cdistBackward(g, c.saved('x1'), c.saved('x2'), c.saved('result'), c.attrs.p as number, 1) },
    x2: { saves: ['x1', 'x2', 'result'], fn: (g, c) => cdistBackward(g, c.saved('x1'), c.saved('x2'), c.saved('result'), c.attrs.p as number, 2) },
  },
});
export function cdist(x1: Tensor, x2: Tensor, p = 2): Tensor {
  if (x1.ndim < 2) throw new TorchError('RuntimeError', `cdist only supports at least 2D tensors, X1 got: ${x1.ndim}D`);
  if (x2.ndim < 2) throw new TorchError('RuntimeError', `cdist only supports at least 2D tensors, X2 got: ${x2.ndim}D`);
  if (x1.shape[x1.ndim - 1] !== x2.shape[x2.ndim - 1]) {
    throw new TorchError('RuntimeError', `X1 and X2 must have the same number of columns. X1: ${x1.shape[x1.ndim - 1]} X2: ${x2.shape[x2.ndim - 1]}`);
  }
  if (!isFloating(x1.dtype)) throw new TorchError('RuntimeError', `cdist only supports floating-point dtypes, X1 got: ${scalarTypeName(x1.dtype)}`);
  if (!isFloating(x2.dtype)) throw new TorchError('RuntimeError', `cdist only supports floating-point dtypes, X2 got: ${scalarTypeName(x2.dtype)}`);
  if (!(p >= 0)) throw new TorchError('RuntimeError', 'cdist only supports non-negative p values');
  if (x1.dtype !== x2.dtype) throw new TorchError('RuntimeError', `expected scalar type ${scalarTypeName(x1.dtype)} but found ${scalarTypeName(x2.dtype)}`);
  broadcastShapes(x1.shape.slice(0, -2), x2.shape.slice(0, -2));
  return apply(CDIST, [x1, x2], { p });
}

// --- LU (getrf) and its solves ----------------------------------------------------------------------------------------
export interface LU { lu: Float64Array; piv: Int32Array; info: number; swaps: number }

/**
 * Partial-pivoting LU of the n×n row-major matrix at `a[off..]` (copied; `tr`: of its transpose), as LAPACK's
 * getf2. ATen factors Aᵀ when A is contiguous (its LAPACK wants column-major), so pivots, zero pivots and
 * rounding follow the columns of a contiguous A: callers pass tr = A.is_contiguous().
 */
function luFactor(a: ArrayLike<number>, off: number, n: number, r: Round, tr = false): LU {
  const m = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) m[i * n + j] = tr ? a[off + j * n + i] : a[off + i * n + j];
  const piv = new Int32Array(n);
  let info = 0, swaps = 0;
  for (let j = 0; j < n; j++) {
    let p = j, best = Math.abs(m[j * n + j]);
    for (let i = j + 1; i < n; i++) { const v = Math.abs(m[i * n + j]); if (v > best || (Number.isNaN(v) && !Number.isNaN(best))) { best = v; p = i; } }
    piv[j] = p;
    if (m[p * n + j] !== 0) {
      if (p !== j) {
        swaps++;
        for (let k = 0; k < n; k++) { const t = m[j * n + k]; m[j * n + k] = m[p * n + k]; m[p * n + k] = t; }
      }
      const rcp = r(1 / m[j * n + j]);
      for (let i = j + 1; i < n; i++) m[i * n + j] = r(m[i * n + j] * rcp);
    } else if (info === 0) {
      info = j + 1;
    }
    for (let i = j + 1; i < n; i++) {
      const l = m[i * n + j];
      for (let k = j + 1; k < n; k++) m[i * n + k] = r(m[i * n + k] - r(l * m[j * n + k]));
    }
  }
  return { lu: m, piv, info, swaps };
}

/**
 * Solves A X = B (trans: Aᵀ X = B) for the k columns of the n×k row-major B at `b[off..]` with A's LU, in place,
 * as getrs does: row swaps, then the unit-lower and upper triangular solves of reference trsm (zero entries skipped).
 */
export function luSolve(f: LU, n: number, b: Float64Array, off: number, k: number, r: Round, trans: boolean): void {
  const { lu, piv } = f;
  const at = (i: number, j: number): number => (trans ? lu[j * n + i] : lu[i * n + j]);
  if (!trans) {
    for (let j = 0; j < n; j++) if (piv[j] !== j) for (let c = 0; c < k; c++) { const p = off + piv[j] * k + c, q = off + j * k + c; const t = b[p]; b[p] = b[q]; b[q] = t; }
    for (let c = 0; c < k; c++) {
      for (let j = 0; j < n; j++) {   // L (unit lower)
        const v = b[off + j * k + c];
        if (v !== 0) for (let i = j + 1; i < n; i++) b[off + i * k + c] = r(b[off + i * k + c] - r(v * at(i, j)));
      }
      for (let j = n - 1; j >= 0; j--) {   // U
        let v = b[off + j * k + c];
        if (v !== 0) {
          v = r(v / at(j, j));
          b[off + j * k + c] = v;
          for (let i = 0; i < j; i++) b[off + i * k + c] = r(b[off + i * k + c] - r(v * at(i, j)));
        }
      }
    }
  } else {
    // Aᵀ = Uᵀ Lᵀ P: solve Uᵀ (lower, non-unit), then Lᵀ (upper, unit), then undo the swaps in reverse order
    for (let c = 0; c < k; c++) {
      for (let j = 0; j < n; j++) {
        let v = b[off + j * k + c];
        if (v !== 0) {
          v = r(v / at(j, j));
          b[off + j * k + c] = v;
          for (let i = j + 1; i < n; i++) b[off + i * k + c] = r(b[off + i * k + c] - r(v * at(i, j)));
        }
      }
      for (let j = n - 1; j >= 0; j--) {
        const v = b[off + j * k + c];
        if (v !== 0) for (let i = 0; i < j; i++) b[off + i * k + c] = r(b[off + i * k + c] - r(v * at(i, j)));
      }
    }
    for (let j = n - 1; j >= 0; j--) if (piv[j] !== j) for (let c = 0; c < k; c++) { const p = off + piv[j] * k + c, q = off + j * k + c; const t = b[p]; b[p] = b[q]; b[q] = t; }
  }
}

function checkSquare(x: Tensor, what: string, floating = true): void {
  if (x.ndim < 2) throw new TorchError('RuntimeError', `${what}: The input tensor A must have at least 2 dimensions.`);
  const n = x.shape[x.ndim - 2], m = x.shape[x.ndim - 1];
  if (n !== m) throw new TorchError('RuntimeError', `${what}: A must be batches of square matrices, but they are ${n} by ${m} matrices`);
  if (floating && !isFloating(x.dtype)) {
    throw new TorchError('RuntimeError', `${what}: Expected a floating point or complex tensor as input. Got ${scalarTypeName(x.dtype)}`);
  }
}
const batchPrefix = (batched: boolean, b: number): string => (batched ? `(Batch element ${b}): ` : '');
function linalgError(message: string): TorchError {
  return new TorchError('LinAlgError', message);
}

/** Row-major values of x (any layout) and its matrix count. */
function matrices(x: Tensor): { v: Float64Array; n: number; count: number } {
  const n = x.shape[x.ndim - 1];
  return { v: x.toArray(), n, count: n === 0 ? numel(x.shape.slice(0, -2)) : x.numel() / (n * n) };
}

// --- det / slogdet ----------------------------------------------------------------------------------------------------
function detValues(x: Tensor): Float64Array {
  const { v, n, count } = matrices(x), r = roundOf(x.dtype), out = new Float64Array(count), tr = x.is_contiguous();
  for (let b = 0; b < count; b++) {
    const f = luFactor(v, b * n * n, n, r, tr);
    let p = 1;
    for (let i = 0; i < n; i++) p = r(p * f.lu[i * n + i]);
    out[b] = (f.swaps % 2 ? -1 : 1) * p;
  }
  return out;
}
/** The cofactor matrix of each matrix (the derivative of det at singular matrices), computed from minors. */
function cofactors(x: Tensor): Tensor {
  const { v, n, count } = matrices(x), r = roundOf(x.dtype), out = new Float64Array(v.length);
  const minor = new Float64Array(Math.max((n - 1) * (n - 1), 1));
  for (let b = 0; b < count; b++) {
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
      let q = 0;
      for (let a = 0; a < n; a++) for (let c = 0; c < n; c++) if (a !== i && c !== j) minor[q++] = v[b * n * n + a * n + c];
      let d = 1;
      if (n > 1) {
        const f = luFactor(minor, 0, n - 1, r);
        for (let k = 0; k < n - 1; k++) d *= f.lu[k * (n - 1) + k];
        if (f.swaps % 2) d = -d;
      }
      out[b * n * n + i * n + j] = ((i + j) % 2 ? -1 : 1) * d;
    }
  }
  return fromValues(x.shape, out, x.dtype);
}
const LINALG_DET = defineOp({
  name: 'linalg_det', node: 'LinalgDetBackward0', args: ['A'],
  forward: ([x]) => fromValues(x.shape.slice(0, -2), detValues(x), x.dtype),
  grads: {
    A: {
      saves: ['A', 'result'], fn: (g, c) => {
        const A = c.saved('A'), det = c.saved('result');
        const d = unsqueeze(unsqueeze(mul(g, det), -1), -1);
        const n = A.shape[A.ndim - 1];
        if (isGradEnabled()) {
          // create_graph: A^{-T} det through a solve (differentiable again); singular matrices get the cofactors
          const dv = det.toArray(), eps = A.dtype === 'float32' ? 2 ** -23 : 2 ** -52;
          if (dv.some((v) => Math.abs(v) < 100 * eps)) {
            if (det.ndim === 0 || dv.every((v) => Math.abs(v) < 100 * eps)) return mul(unsqueeze(unsqueeze(g, -1), -1), cofactors(A));
          }
          return solveImpl(mT(A), mul(d, eye(n, A.dtype)), true);
        }
        // PyTorch's no-grad path: lu_solve of Aᵀ X = det·g·I with zero pivots replaced by eps
        return fromValues(A.shape, perturbedDetGrad(A, mul(g, det)), A.dtype);
      },
    },
  },
});

function perturbedDetGrad(A: Tensor, scale: Tensor): Float64Array {
  const { v, n, count } = matrices(A), r = roundOf(A.dtype), s = scale.toArray(), out = new Float64Array(v.length);
  const eps = A.dtype === 'float32' ? 2 ** -23 : 2 ** -52, tr = A.is_contiguous();
  for (let b = 0; b < count; b++) {
    const f = luFactor(v, b * n * n, n, r, tr);
    for (let i = 0; i < n; i++) if (f.lu[i * n + i] === 0) f.lu[i * n + i] = eps;
    const rhs = new Float64Array(n * n);
    for (let i = 0; i < n; i++) rhs[i * n + i] = s[b];
    luSolve(f, n, rhs, 0, n, r, !tr);   // Aᵀ X = det·g·I
    out.set(rhs, b * n * n);
  }
  return out;
}
function eye(n: number, dtype: DType): Tensor {
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  return fromValues([n, n], v, dtype);
}
export function linalg_det(x: Tensor, what = 'linalg.det'): Tensor {
  checkSquare(x, what);
  return apply(LINALG_DET, [x]);
}

const SLOGDET_ABS = defineOp({
  name: 'linalg_slogdet', node: 'LinalgSlogdetBackward0', args: ['A'],
  forward: ([x]) => {
    const { v, n, count } = matrices(x), r = roundOf(x.dtype), out = new Float64Array(count), tr = x.is_contiguous();
    for (let b = 0; b < count; b++) {
      const f = luFactor(v, b * n * n, n, r, tr);
      let s = 0;
      for (let i = 0; i < n; i++) s = r(s + r(Math.log(Math.abs(f.lu[i * n + i]))));
      out[b] = s;
    }
    return fromValues(x.shape.slice(0, -2), out, x.dtype);
  },
  grads: {
    A: {
      saves: ['A'], fn: (g, c) => {
        const A = c.saved('A'), n = A.shape[A.ndim - 1];
        const d = mul(unsqueeze(unsqueeze(g, -1), -1), eye(n, A.dtype));
        if (isGradEnabled()) return solveImpl(mT(A), d, true);
        return luSolveNoCheck(A, expand(d, A.shape));
      },
    },
  },
});
// The sign output: not differentiable for real inputs (slogdet_backward ignores its gradient).
const SLOGDET_SIGN = defineOp({
  name: 'linalg_slogdet', node: 'LinalgSlogdetBackward0', args: ['A'],
  forward: ([x]) => {
    const { v, n, count } = matrices(x), r = roundOf(x.dtype), out = new Float64Array(count), tr = x.is_contiguous();
    for (let b = 0; b < count; b++) {
      const f = luFactor(v, b * n * n, n, r, tr);
      let s = 1;
      for (let i = 0; i < n; i++) s *= Math.sign(f.lu[i * n + i]);
      out[b] = s * (f.swaps % 2 ? -1 : 1);
    }
    return fromValues(x.shape.slice(0, -2), out, x.dtype);
  },
  grads: { A: { saves: [], fn: () => null } },
});
export function linalg_slogdet(x: Tensor, what = 'linalg.slogdet'): [Tensor, Tensor] {
  checkSquare(x, what);
  return [apply(SLOGDET_SIGN, [x]), apply(SLOGDET_ABS, [x])];
}
export function logdet(x: Tensor): Tensor {
  const [s, l] = linalg_slogdet(x, 'logdet');
  return where(eq(s, -1), NaN, l);
}

// --- solve / inv ------------------------------------------------------------------------------------------------------
/** X with A X = B (left) or X A = B, B a batch of matrices broadcast against A; info of the first singular matrix. */
function solveValues(A: Tensor, B: Tensor, left: boolean): { x: Tensor; info: number; batch: number } {
  const batch = broadcastShapes(A.shape.slice(0, -2), B.shape.slice(0, -2));
  const n = A.shape[A.ndim - 1], tr = A.is_contiguous();
  const Ae = K.copyOf(rawExpand(A, [...batch, n, n]), A.dtype);
  // XA = B  ⇔  Aᵀ Xᵀ = Bᵀ
  const Bm = left ? B : rawMT(B);
  const k = Bm.shape[Bm.ndim - 1];
  const Be = K.copyOf(rawExpand(Bm, [...batch, n, k]), A.dtype);
  const av = Ae.toArray(), bv = Be.toArray(), r = roundOf(A.dtype);
  const count = numel(batch);
  let info = 0, at = -1;
  for (let b = 0; b < count; b++) {
    const f = luFactor(av, b * n * n, n, r, tr);
    if (f.info > 0 && info === 0) { info = f.info; at = b; }
    luSolve(f, n, bv, b * n * k, k, r, left === tr);
  }
  let x = fromValues([...batch, n, k], bv, A.dtype);
  if (!left) x = K.copyOf(rawMT(x), A.dtype);
  return { x, info, batch: at };
}
/** Aᵀ X = B with A's own factorization (slogdet_backward's lu_solve without grad mode). */
function luSolveNoCheck(A: Tensor, B: Tensor): Tensor {
  const n = A.shape[A.ndim - 1], tr = A.is_contiguous(), r = roundOf(A.dtype);
  const { v, count } = matrices(A), bv = B.toArray().slice();
  for (let b = 0; b < count; b++) luSolve(luFactor(v, b * n * n, n, r, tr), n, bv, b * n * n, n, r, !tr);
  return fromValues(A.shape, bv, A.dtype);
}

// vector: B is a (batch of) vector(s), solved as one-column matrices and returned as vectors (ATen's numpy-compat
// vector case, inside the op: the vector result's grad_fn is LinalgSolveExBackward0).
const asMatrix = (t: Tensor, vector: boolean): Tensor => (vector ? unsqueeze(t, -1) : t);
const asVector = (t: Tensor, vector: boolean): Tensor => (vector ? squeeze(t, -1) : t);
const LINALG_SOLVE = defineOp({
  name: 'linalg_solve_ex', node: 'LinalgSolveExBackward0', args: ['A', 'B'],
  forward: ([A, B], a) => {
    const vector = a.vector as boolean;
    const Bm = vector ? viewOf(B, [...B.shape, 1], [...B.strides, 0]) : B;
    const r = solveValues(A, Bm, a.left as boolean);
    if (r.info > 0 && a.check !== false) throw linalgError(`torch.${(a.what as string | undefined) ?? 'linalg.solve'}: ${batchPrefix(A.ndim > 2, r.batch)}The solver failed because the input matrix is singular.`);
    return vector ? viewOf(r.x, r.x.shape.slice(0, -1), r.x.strides.slice(0, -1)) : r.x;
  },
  grads: {
    A: {
      saves: ['A', 'result'], fn: (g, c) => {
        const left = c.attrs.left as boolean, vector = c.attrs.vector as boolean;
        const gB = solveImpl(mT(c.saved('A')), asMatrix(g, vector), left), X = asMatrix(c.saved('result'), vector);
        return left ? neg(matmul(gB, mT(X))) : neg(matmul(mT(X), gB));
      },
    },
    B: {
      saves: ['A'], fn: (g, c) => {
        const vector = c.attrs.vector as boolean;
        return asVector(solveImpl(mT(c.saved('A')), asMatrix(g, vector), c.attrs.left as boolean), vector);
      },
    },
  },
});
function solveImpl(A: Tensor, B: Tensor, left: boolean): Tensor { return apply(LINALG_SOLVE, [A, B], { left, vector: false }); }

/**
 * linalg.solve's checks (square A, one dtype, compatible shapes, no vector B with left=False); whether B is a
 * vector, and the broadcast batch shape.
 */
function checkSolve(A: Tensor, B: Tensor, left: boolean): { vector: boolean; batch: number[] } {
  checkSquare(A, 'linalg.solve');
  if (A.dtype !== B.dtype) {
    throw new TorchError('RuntimeError', `linalg.solve: Expected A and B to have the same dtype, but found A of type ${scalarTypeName(A.dtype)} and B of type ${scalarTypeName(B.dtype)} instead`);
  }
  const vector = B.ndim === 1 || (B.ndim === A.ndim - 1 && B.shape.every((s, i) => s === A.shape[i]));
  const Bm = vector ? unsqueeze(B, -1) : B;
  const n = A.shape[A.ndim - 1];
  if (n !== (left ? Bm.shape[Bm.ndim - 2] : Bm.shape[Bm.ndim - 1])) {
    throw new TorchError('RuntimeError', `linalg.solve: Incompatible shapes of A and B for the equation ${left ? 'AX = B' : 'XA = B'} (${n}x${n} and ${Bm.shape[Bm.ndim - 2]}x${Bm.shape[Bm.ndim - 1]})`);
  }
  if (!left && vector) {
    throw new TorchError('RuntimeError', 'linalg.solve: Vector broadcasting of the left hand side is not supported for left=False. In this case linalg.solve is equivalent to B / A.squeeze(-1)');
  }
  return { vector, batch: broadcastShapes(A.shape.slice(0, -2), Bm.shape.slice(0, -2)) };
}
export function linalg_solve(A: Tensor, B: Tensor, left = true): Tensor {
  const { vector } = checkSolve(A, B, left);
  return apply(LINALG_SOLVE, [A, B], { left, vector });
}

const LINALG_INV = defineOp({
  name: 'linalg_inv_ex', node: 'LinalgInvExBackward0', args: ['A'],
  forward: ([A], a) => {
    const n = A.shape[A.ndim - 1];
    const r = solveValues(A, eye(n, A.dtype), true);
    if (r.info > 0 && a.check !== false) {
      throw linalgError(`${a.what as string}: ${batchPrefix(A.ndim > 2, r.batch)}The diagonal element ${r.info} is zero, the inversion could not be completed because the input matrix is singular.`);
    }
    return r.x;
  },
  grads: {
    A: { saves: ['result'], fn: (g, c) => { const it = mT(c.saved('result')); return neg(matmul(it, matmul(g, it))); } },
  },
});
/** `what`: the name singular-matrix errors give (tensorinv reports 'inv'). */
export function linalg_inv(A: Tensor, what = 'linalg.inv'): Tensor {
  checkSquare(A, 'linalg.inv');
  return apply(LINALG_INV, [A], { what });
}

// --- cholesky ---------------------------------------------------------------------------------------------------------
/**
 * `infos` (cholesky_ex): instead of raising, each matrix's LAPACK info goes there (0, or the order of the first leading
 * minor that is not positive-definite), and a failed matrix keeps what potf2 leaves: the columns before the failing
 * one factored, its pivot the non-positive value found, the rest of the lower triangle as in the input.
 */
function choleskyValues(A: Tensor, what: string, infos: number[] | null = null): Float64Array {
  const { v, n, count } = matrices(A), r = roundOf(A.dtype), out = new Float64Array(v.length);
  for (let b = 0; b < count; b++) {
    const o = b * n * n;
    if (infos) infos.push(0);
    for (let j = 0; j < n; j++) {
      let d = v[o + j * n + j];
      for (let k = 0; k < j; k++) d = r(d - r(out[o + j * n + k] * out[o + j * n + k]));
      if (d <= 0 && infos) {
        infos[b] = j + 1;
        out[o + j * n + j] = d;
        for (let i = j + 1; i < n; i++) for (let k = j; k <= i; k++) out[o + i * n + k] = v[o + i * n + k];
        break;
      }
      if (d <= 0) {   // OpenBLAS's potrf: a NaN pivot passes (LAPACK's potf2 would stop)
        throw linalgError(`${what}: ${batchPrefix(A.ndim > 2, b)}The factorization could not be completed because the input is not positive-definite (the leading minor of order ${j + 1} is not positive-definite).`);
      }
      const ljj = r(Math.sqrt(d));
      out[o + j * n + j] = ljj;
      const rcp = r(1 / ljj);
      for (let i = j + 1; i < n; i++) {
        let s = v[o + i * n + j];
        for (let k = 0; k < j; k++) s = r(s - r(out[o + i * n + k] * out[o + j * n + k]));
        out[o + i * n + j] = s === 0 ? 0 : r(s * rcp);   // a zero stays zero under a NaN pivot, as 1.13.1's LAPACK gives
      }
    }
  }
  return out;
}
/**
 * FunctionsManual's cholesky_backward: gA = L^{-H} π*(tril(L^H gL)) L^{-1} with π*(X) = (X + X^H - diag X) / 2,
 * through two triangular solves (so a create_graph gradient's grad_fn is LinalgSolveTriangularBackward0).
 */
function choleskyBackward(gL: Tensor, L: Tensor, upper: boolean): Tensor {
  if (upper) { L = mT(L); gL = mT(gL); }
  let gA = tril(matmul(mT(L), gL));
  gA = mulScalar(add(gA, mT(tril(gA, -1))), 0.5);
  gA = solveTriangularImpl(mT(L), gA, true, true, false);
  return solveTriangularImpl(L, gA, false, false, false);
}
const choleskyGrad = {
  saves: ['result'], fn: (g: Tensor, c: import('../autograd/node').BackwardContext) => choleskyBackward(g, c.saved('result'), c.attrs.upper as boolean),
};
const LINALG_CHOLESKY = defineOp({
  name: 'linalg_cholesky_ex', node: 'LinalgCholeskyExBackward0', args: ['self'],
  forward: ([A], a) => {
    const L = fromValues(A.shape, choleskyValues(A, a.what as string, (a.infos as number[] | undefined) ?? null), A.dtype);
    return a.upper ? K.copyOf(rawMT(L), A.dtype) : L;
  },
  grads: { self: choleskyGrad },
});
const CHOLESKY = defineOp({
  name: 'cholesky', node: 'CholeskyBackward0', args: ['self'],
  forward: LINALG_CHOLESKY.forward,
  grads: { self: choleskyGrad },
});
export function linalg_cholesky(A: Tensor, upper = false): Tensor {
  checkSquare(A, 'linalg.cholesky');
  return apply(LINALG_CHOLESKY, [A], { upper, what: 'linalg.cholesky' });
}
/** torch.linalg.cholesky_ex: L and the LAPACK info per matrix (int32, the batch shape); check_errors raises. */
export function linalg_cholesky_ex(A: Tensor, upper = false, checkErrors = false): [Tensor, Tensor] {
  checkSquare(A, 'linalg.cholesky_ex');
  const attrs: Record<string, unknown> = { upper, what: 'linalg.cholesky_ex' };
  if (!checkErrors) attrs.infos = [];
  const L = apply(LINALG_CHOLESKY, [A], attrs);
  const infos = (attrs.infos as number[] | undefined) ?? new Array<number>(A.shape.slice(0, -2).reduce((p, q) => p * q, 1)).fill(0);
  delete attrs.infos;
  return [L, fromValues(A.shape.slice(0, -2), Float64Array.from(infos), 'int32')];
}
export function cholesky(A: Tensor, upper = false): Tensor {
  checkSquare(A, 'cholesky');
  return apply(CHOLESKY, [A], { upper, what: 'cholesky' });
}

// --- amax / amin (matrix_norm's reductions): the gradient is split evenly between the tied maxima -------------------
function amaxGrad(g: Tensor, c: import('../autograd/node').BackwardContext): Tensor {
  const self = c.saved('self'), dims = c.attrs.dims as number[];
  let res = c.saved('result');
  if (!c.attrs.keepdim && self.ndim > 0) for (const d of [...dims].sort((a, b) => a - b)) { g = unsqueeze(g, d); res = unsqueeze(res, d); }
  const mask = eq(self, res);
  return mul(div(g, sum(mask, dims.length ? dims : null, true)), mask);
}
const AMAX = defineOp({
  name: 'amax', node: 'AmaxBackward0', args: ['self'],
  forward: ([x], a) => K.reduce('max', x, a.dims as number[], a.keepdim as boolean),
  grads: { self: { saves: ['self', 'result'], fn: amaxGrad } },
});
const AMIN = defineOp({
  name: 'amin', node: 'AminBackward0', args: ['self'],
  forward: ([x], a) => K.reduce('min', x, a.dims as number[], a.keepdim as boolean),
  grads: { self: { saves: ['self', 'result'], fn: amaxGrad } },
});
export function amax(x: Tensor, dims: number[] = [], keepdim = false, min = false): Tensor {
  const n = Math.max(x.ndim, 1), seen = new Set<number>();
  const wrapped = dims.map((d) => {
    if (d < -n || d >= n) throw new TorchError('IndexError', `Dimension out of range (expected to be in range of [${-n}, ${n - 1}], but got ${d})`);
    const w = d < 0 ? d + n : d;
    if (seen.has(w)) throw new TorchError('RuntimeError', `dim ${w} appears multiple times in the list of dims`);
    seen.add(w);
    return w;
  });
  const all = wrapped.length === 0 ? [...Array(x.ndim).keys()] : wrapped;
  if (x.numel() === 0) {
    const name = min ? 'amin' : 'amax';
    if (wrapped.length === 0) throw new TorchError('RuntimeError', `${name}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`);
    for (const d of all) if (x.shape[d] === 0) throw new TorchError('IndexError', `${name}(): Expected reduction dim ${d} to have non-zero size.`);
  }
  return apply(min ? AMIN : AMAX, [x], { dims: x.ndim === 0 ? [] : all, keepdim });
}

// --- _euclidean_dist (cdist's matrix-product path): ‖a‖² - 2a·b + ‖b‖² in one product, clamped at 0 -----------
const EUCLIDEAN_DIST = defineOp({
  name: '_euclidean_dist', node: 'EuclideanDistBackward0', args: ['x1', 'x2'],
  // On the host as CPU PyTorch computes it: squared norms summed in order, then each entry of the product
  // [-2a, ‖a‖², 1]·[b, 1, ‖b‖²] accumulated term by term with fused multiply-adds (sgemm's order), so the
  // cancellation at coincident points leaves the same small residues PyTorch prints.
  forward: ([x1, x2]) => {
    const r = roundOf(x1.dtype), c = x1.shape[x1.ndim - 1], r1 = x1.shape[x1.ndim - 2], r2 = x2.shape[x2.ndim - 2];
    const a = x1.toArray(), b = x2.toArray(), B = r1 === 0 ? 0 : a.length / (r1 * c);
    const norms = (v: Float64Array, rows: number): Float64Array => {
      const out = new Float64Array(B * rows);
      for (let i = 0; i < out.length; i++) { let s = 0; for (let k = 0; k < c; k++) s = r(s + r(v[i * c + k] * v[i * c + k])); out[i] = s; }
      return out;
    };
    const n1 = norms(a, r1), n2 = norms(b, r2), out = new Float64Array(B * r1 * r2);
    for (let q = 0; q < B; q++) for (let i = 0; i < r1; i++) for (let j = 0; j < r2; j++) {
      const ai = (q * r1 + i) * c, bj = (q * r2 + j) * c;
      let acc = 0;
      for (let k = 0; k < c; k++) acc = r(acc + r(-2 * a[ai + k]) * b[bj + k]);
      acc = r(acc + n1[q * r1 + i]);
      acc = r(acc + n2[q * r2 + j]);
      out[(q * r1 + i) * r2 + j] = Math.sqrt(Math.max(acc, 0));
    }
    return fromValues([...x1.shape.slice(0, -1), r2], out, x1.dtype);
  },
  grads: {
    // _euclidean_dist_backward: ratio = grad / res with 0 where res is 0 (a subgradient at coincident points)
    x1: {
      saves: ['x1', 'x2', 'result'], fn: (g, c) => {
        const ratio = where(eq(c.saved('result'), 0), 0, div(g, c.saved('result')));
        return sub(mul(c.saved('x1'), sum(ratio, -1, true)), matmul(ratio, c.saved('x2')));
      },
    },
    x2: {
      saves: ['x1', 'x2', 'result'], fn: (g, c) => {
        const ratio = where(eq(c.saved('result'), 0), 0, div(g, c.saved('result')));
        return sub(mul(c.saved('x2'), unsqueeze(sum(ratio, -2, false), -1)), matmul(mT(ratio), c.saved('x1')));
      },
    },
  },
});
export function euclidean_dist(x1: Tensor, x2: Tensor): Tensor { return apply(EUCLIDEAN_DIST, [x1, x2]); }

// --- solve_triangular -------------------------------------------------------------------------------------------------
/** X with T X = B for the k columns of B (in place), T triangular as trsm reads it (zero entries of B skipped). */
function triSolve(T: (i: number, j: number) => number, n: number, b: Float64Array, off: number, k: number, upper: boolean, unit: boolean, r: Round): void {
  for (let c = 0; c < k; c++) {
    for (let s = 0; s < n; s++) {
      const j = upper ? n - 1 - s : s;
      let v = b[off + j * k + c];
      if (v === 0) continue;
      if (!unit) { v = r(v / T(j, j)); b[off + j * k + c] = v; }
      if (upper) for (let i = 0; i < j; i++) b[off + i * k + c] = r(b[off + i * k + c] - r(v * T(i, j)));
      else for (let i = j + 1; i < n; i++) b[off + i * k + c] = r(b[off + i * k + c] - r(v * T(i, j)));
    }
  }
}
const LINALG_SOLVE_TRIANGULAR = defineOp({
  name: 'linalg_solve_triangular', node: 'LinalgSolveTriangularBackward0', args: ['self', 'B'],
  forward: ([A, B], a) => {
    const left = a.left as boolean, upper = a.upper as boolean, unit = a.unitriangular as boolean;
    const batch = broadcastShapes(A.shape.slice(0, -2), B.shape.slice(0, -2)), n = A.shape[A.ndim - 1];
    const Bm = left ? B : rawMT(B), k = Bm.shape[Bm.ndim - 1];
    const av = K.copyOf(rawExpand(A, [...batch, n, n]), A.dtype).toArray(), bv = K.copyOf(rawExpand(Bm, [...batch, n, k]), A.dtype).toArray();
    const r = roundOf(A.dtype);
    for (let q = 0; q < numel(batch); q++) {
      const o = q * n * n;
      // XA = B  ⇔  Aᵀ Xᵀ = Bᵀ, Aᵀ triangular on the other side
      const T = left ? (i: number, j: number) => av[o + i * n + j] : (i: number, j: number) => av[o + j * n + i];
      triSolve(T, n, bv, q * n * k, k, left ? upper : !upper, unit, r);
    }
    const x = fromValues([...batch, n, k], bv, A.dtype);
    return left ? x : K.copyOf(rawMT(x), A.dtype);
  },
  grads: {
    self: {
      saves: ['self', 'result'], fn: (g, c) => {
        const { upper, left, unitriangular } = c.attrs as { upper: boolean; left: boolean; unitriangular: boolean };
        const gB = solveTriangularImpl(mT(c.saved('self')), g, !upper, left, unitriangular), X = c.saved('result');
        const gA = neg(left ? matmul(gB, mT(X)) : matmul(mT(X), gB));
        return upper ? triu(gA, unitriangular ? 1 : 0) : tril(gA, unitriangular ? -1 : 0);
      },
    },
    B: {
      saves: ['self'], fn: (g, c) => {
        const { upper, left, unitriangular } = c.attrs as { upper: boolean; left: boolean; unitriangular: boolean };
        return solveTriangularImpl(mT(c.saved('self')), g, !upper, left, unitriangular);
      },
    },
  },
});
function solveTriangularImpl(A: Tensor, B: Tensor, upper: boolean, left: boolean, unitriangular: boolean): Tensor {
  return apply(LINALG_SOLVE_TRIANGULAR, [A, B], { upper, left, unitriangular });
}
export function linalg_solve_triangular(A: Tensor, B: Tensor, upper: boolean, left = true, unitriangular = false): Tensor {
  const what = 'linalg.solve_triangular';
  if (A.ndim < 2) throw new TorchError('RuntimeError', `${what}: The input tensor A must have at least 2 dimensions.`);
  if (B.ndim < 2) throw new TorchError('RuntimeError', `${what}: The input tensor B must have at least 2 dimensions.`);
  checkSquare(A, what, false);
  const n = A.shape[A.ndim - 1];
  if (n !== (left ? B.shape[B.ndim - 2] : B.shape[B.ndim - 1])) {
    throw new TorchError('RuntimeError', `${what}: Incompatible shapes of A and B for the equation ${left ? 'AX = B' : 'XA = B'} (${n}x${n} and ${B.shape[B.ndim - 2]}x${B.shape[B.ndim - 1]})`);
  }
  if (!isFloating(A.dtype)) throw new TorchError('RuntimeError', `"triangular_solve_cpu" not implemented for '${scalarTypeName(A.dtype)}'`);
  broadcastShapes(A.shape.slice(0, -2), B.shape.slice(0, -2));
  return solveTriangularImpl(A, B.dtype === A.dtype ? B : to(B, A.dtype), upper, left, unitriangular);
}

// --- cholesky_solve / cholesky_inverse: solves with A = L Lᴴ (or Uᴴ U) given its factor -------------------------
/** X = A⁻¹ B for the factor F (lower L, or upper U) of A, through its two triangular solves; batches broadcast. */
function cholSolveValues(B: Tensor, F: Tensor, upper: boolean): Tensor {
  const batch = broadcastShapes(B.shape.slice(0, -2), F.shape.slice(0, -2)), n = F.shape[F.ndim - 1], k = B.shape[B.ndim - 1];
  const fv = K.copyOf(rawExpand(F, [...batch, n, n]), F.dtype).toArray(), bv = K.copyOf(rawExpand(B, [...batch, n, k]), F.dtype).toArray();
  const r = roundOf(F.dtype);
  for (let q = 0; q < numel(batch); q++) {
    const o = q * n * n;
    const M = (i: number, j: number): number => fv[o + i * n + j], Mt = (i: number, j: number): number => fv[o + j * n + i];
    // lower: L Y = B, then Lᴴ X = Y; upper: Uᴴ Y = B, then U X = Y
    triSolve(upper ? Mt : M, n, bv, q * n * k, k, false, false, r);
    triSolve(upper ? M : Mt, n, bv, q * n * k, k, true, false, r);
  }
  return fromValues([...batch, n, k], bv, F.dtype);
}
const CHOLESKY_SOLVE = defineOp({
  name: 'cholesky_solve', node: 'CholeskySolveBackward0', args: ['self', 'input2'],
  forward: ([B, F], a) => cholSolveValues(B, F, a.upper as boolean),
  grads: {
    // cholesky_solve_backward
    self: { saves: ['input2'], fn: (g, c) => choleskySolveImpl(g, c.saved('input2'), c.attrs.upper as boolean) },
    input2: {
      saves: ['input2', 'result'], fn: (g, c) => {
        const F = c.saved('input2'), upper = c.attrs.upper as boolean;
        let common = matmul(choleskySolveImpl(g, F, upper), mT(c.saved('result')));
        common = add(common, mT(common));
        return neg(upper ? matmul(F, common) : matmul(common, F));
      },
    },
  },
});
function choleskySolveImpl(B: Tensor, F: Tensor, upper: boolean): Tensor { return apply(CHOLESKY_SOLVE, [B, F], { upper }); }
export function cholesky_solve(B: Tensor, F: Tensor, upper = false): Tensor {
  if (B.ndim < 2) throw new TorchError('RuntimeError', `b should have at least 2 dimensions, but has ${B.ndim} dimensions instead`);
  if (F.ndim < 2) throw new TorchError('RuntimeError', `u should have at least 2 dimensions, but has ${F.ndim} dimensions instead`);
  if (B.dtype !== F.dtype) {
    throw new TorchError('RuntimeError', `Expected b and A to have the same dtype, but found b of type ${scalarTypeName(B.dtype)} and A of type ${scalarTypeName(F.dtype)} instead.`);
  }
  const n = F.shape[F.ndim - 1];
  if (F.shape[F.ndim - 2] !== n || B.shape[B.ndim - 2] !== n) {
    throw new TorchError('RuntimeError', `Incompatible matrix sizes for cholesky_solve: each A matrix is ${F.shape[F.ndim - 2]} by ${n} but each b matrix is ${B.shape[B.ndim - 2]} by ${B.shape[B.ndim - 1]}`);
  }
  if (!isFloating(F.dtype)) throw new TorchError('RuntimeError', `"cholesky_solve_cpu" not implemented for '${scalarTypeName(F.dtype)}'`);
  broadcastShapes(B.shape.slice(0, -2), F.shape.slice(0, -2));
  return choleskySolveImpl(B, F, upper);
}

const CHOLESKY_INVERSE = defineOp({
  name: 'cholesky_inverse', node: 'CholeskyInverseBackward0', args: ['self'],
  forward: ([F], a) => {
    const n = F.shape[F.ndim - 1];
    return cholSolveValues(rawExpand(eye(n, F.dtype), F.shape), F, a.upper as boolean);
  },
  grads: {
    // cholesky_inverse_backward
    self: {
      saves: ['self', 'result'], fn: (g, c) => {
        const F = c.saved('self'), inverse = c.saved('result');
        const common = matmul(inverse, matmul(add(g, mT(g)), inverse));
        return neg(c.attrs.upper ? matmul(F, common) : matmul(common, F));
      },
    },
  },
});
export function cholesky_inverse(F: Tensor, upper = false): Tensor {
  checkSquare(F, 'cholesky_inverse', false);
  if (!isFloating(F.dtype)) throw new TorchError('RuntimeError', `"cholesky_inverse_out_cpu" not implemented for '${scalarTypeName(F.dtype)}'`);
  return apply(CHOLESKY_INVERSE, [F], { upper });
}

// --- triangular_solve (deprecated torch API): (solution, cloned_coefficient), both from TriangularSolveBackward0 ----
// The two outputs are two entries with that node name: solution's gradient is triangular_solve_backward's, the
// cloned coefficient's the identity into A.
const TRIANGULAR_SOLVE = defineOp({
  name: 'triangular_solve', node: 'TriangularSolveBackward0', args: ['self', 'A'],
  forward: ([b, A], a) => {
    const { upper, transpose, unitriangular } = a as { upper: boolean; transpose: boolean; unitriangular: boolean };
    return LINALG_SOLVE_TRIANGULAR.forward([transpose ? rawMT(A) : A, b], { upper: transpose ? !upper : upper, left: true, unitriangular }) as Tensor;
  },
  grads: {
    self: {
      saves: ['A'], fn: (g, c) => {
        const { upper, transpose, unitriangular } = c.attrs as { upper: boolean; transpose: boolean; unitriangular: boolean };
        const A = c.saved('A');
        return transpose ? solveTriangularImpl(A, g, upper, true, unitriangular) : solveTriangularImpl(mT(A), g, !upper, true, unitriangular);
      },
    },
    A: {
      saves: ['A', 'result'], fn: (g, c) => {
        const { upper, transpose, unitriangular } = c.attrs as { upper: boolean; transpose: boolean; unitriangular: boolean };
        const A = c.saved('A'), x = c.saved('result');
        const gb = transpose ? solveTriangularImpl(A, g, upper, true, unitriangular) : solveTriangularImpl(mT(A), g, !upper, true, unitriangular);
        const ga = neg(transpose ? matmul(x, mT(gb)) : matmul(gb, mT(x)));
        return upper ? triu(ga, unitriangular ? 1 : 0) : tril(ga, unitriangular ? -1 : 0);
      },
    },
  },
});
const TRIANGULAR_SOLVE_CLONE = defineOp({
  name: 'triangular_solve', node: 'TriangularSolveBackward0', args: ['A'],
  forward: ([A], a) => K.copyOf(rawExpand(A, a.shape as number[]), A.dtype),   // broadcast to the batch, as ATen's
  grads: { A: { saves: [], fn: (g) => g } },
});
export function triangular_solve(b: Tensor, A: Tensor, upper = true, transpose = false, unitriangular = false): [Tensor, Tensor] {
  if (b.ndim < 2) throw new TorchError('RuntimeError', `torch.triangular_solve: Expected b to have at least 2 dimensions, but it has ${b.ndim} dimensions instead`);
  if (A.ndim < 2) throw new TorchError('RuntimeError', `torch.triangular_solve: Expected A to have at least 2 dimensions, but it has ${A.ndim} dimensions instead`);
  const n = A.shape[A.ndim - 1];
  if (A.shape[A.ndim - 2] !== n || b.shape[b.ndim - 2] !== n) {
    throw new TorchError('RuntimeError', `Incompatible matrix sizes for triangular_solve: each A matrix is ${A.shape[A.ndim - 2]} by ${n} but each b matrix is ${b.shape[b.ndim - 2]} by ${b.shape[b.ndim - 1]}`);
  }
  if (b.dtype !== A.dtype) {
    throw new TorchError('RuntimeError', `Expected b and A to have the same dtype, but found b of type ${scalarTypeName(b.dtype)} and A of type ${scalarTypeName(A.dtype)} instead.`);
  }
  if (!isFloating(A.dtype)) throw new TorchError('RuntimeError', `"triangular_solve_cpu" not implemented for '${scalarTypeName(A.dtype)}'`);
  const batch = broadcastShapes(b.shape.slice(0, -2), A.shape.slice(0, -2));
  return [apply(TRIANGULAR_SOLVE, [b, A], { upper, transpose, unitriangular }), apply(TRIANGULAR_SOLVE_CLONE, [A], { shape: [...batch, n, n] })];
}

// --- svdvals (singular values only: unique, unlike U and V) ----------------------------------------------------------
/**
 * Thin SVD of the m×n row-major matrix at a[off..] by one-sided Jacobi rotations (Hestenes) in double: singular
 * values in descending order and the matching columns of U (m×k) and V (n×k), k = min(m, n). U's columns for zero
 * singular values are completed to an orthonormal set.
 */
export function jacobiSvd(a: ArrayLike<number>, off: number, m: number, n: number): { s: number[]; U: number[][]; V: number[][] } {
  const tall = m >= n, rows = tall ? m : n, cols = tall ? n : m;
  // W = A (tall) or Aᵀ (wide), rows × cols, stored by column
  const W = Array.from({ length: cols }, (_, j) => Array.from({ length: rows }, (_, i) => (tall ? a[off + i * n + j] : a[off + j * n + i])));
  const V: number[][] = Array.from({ length: cols }, (_, j) => Array.from({ length: cols }, (_, i) => (i === j ? 1 : 0)));
  for (let sweep = 0; sweep < 60; sweep++) {
    let rotated = false;
    for (let p = 0; p < cols - 1; p++) for (let q = p + 1; q < cols; q++) {
      let alpha = 0, beta = 0, gamma = 0;
      for (let i = 0; i < rows; i++) { alpha += W[p][i] * W[p][i]; beta += W[q][i] * W[q][i]; gamma += W[p][i] * W[q][i]; }
      if (gamma === 0 || Math.abs(gamma) <= 1e-15 * Math.sqrt(alpha * beta)) continue;
      rotated = true;
      const zeta = (beta - alpha) / (2 * gamma);
      const t = Math.sign(zeta || 1) / (Math.abs(zeta) + Math.sqrt(1 + zeta * zeta));
      const c = 1 / Math.sqrt(1 + t * t), s = c * t;
      for (let i = 0; i < rows; i++) { const wp = W[p][i], wq = W[q][i]; W[p][i] = c * wp - s * wq; W[q][i] = s * wp + c * wq; }
      for (let i = 0; i < cols; i++) { const vp = V[p][i], vq = V[q][i]; V[p][i] = c * vp - s * vq; V[q][i] = s * vp + c * vq; }
    }
    if (!rotated) break;
  }
  const norms = W.map((w) => Math.sqrt(w.reduce((acc, v) => acc + v * v, 0)));
  const order = norms.map((_, j) => j).sort((x, y) => norms[y] - norms[x]);
  const s = order.map((j) => norms[j]);
  const L = order.map((j) => W[j].map((v) => (norms[j] > 0 ? v / norms[j] : 0)));   // left vectors of W (length rows)
  const R = order.map((j) => V[j]);                                                 // right vectors of W (length cols)
  // complete the left vectors of zero singular values (Gram-Schmidt against the standard basis)
  for (let j = 0; j < cols; j++) {
    if (s[j] > 0) continue;
    for (let e = 0; e < rows; e++) {
      const v: number[] = Array.from({ length: rows }, (_, i) => (i === e ? 1 : 0));
      for (let k = 0; k < cols; k++) {
        if (k === j || (s[k] === 0 && k > j)) continue;
        const d = v.reduce((acc, x, i) => acc + x * L[k][i], 0);
        for (let i = 0; i < rows; i++) v[i] -= d * L[k][i];
      }
      const nv = Math.sqrt(v.reduce((acc, x) => acc + x * x, 0));
      if (nv > 1e-8) { L[j] = v.map((x) => x / nv); break; }
    }
  }
  return tall ? { s, U: L, V: R } : { s, U: R, V: L };
}
/** inv without the singular-matrix error (linalg_inv_ex(check_errors=False)), and which matrices were singular. */
export function linalg_inv_unchecked(A: Tensor): [Tensor, Tensor] {
  checkSquare(A, 'linalg.inv');
  const { v, n, count } = matrices(A), r = roundOf(A.dtype), tr = A.is_contiguous(), singular = new Float64Array(count);
  for (let b = 0; b < count; b++) if (luFactor(v, b * n * n, n, r, tr).info > 0) singular[b] = 1;
  return [apply(LINALG_INV, [A], { what: 'linalg.inv', check: false }), fromValues(A.shape.slice(0, -2), singular, 'bool')];
}

// --- renorm ------------------------------------------------------------------------------------------------------------
// renorm(p, dim, maxnorm) (ATen's Normalization.cpp): each slice along `dim` whose p-norm exceeds maxnorm is scaled by
// maxnorm / (norm + 1e-7); the factor is computed in the dtype (float16/bfloat16: the norm and factor in float32, the
// factor rounded to the dtype before the product). The gradient is FunctionsManual's renorm_backward.
const roundFor = (d: DType): Round => (d === 'float64' ? (v: number) => v : Math.fround);
function renormForward([x]: Tensor[], a: Record<string, unknown>): Tensor {
  const dim = a.dim as number, p = a.p as number, dims = [...Array(x.ndim).keys()].filter((d) => d !== dim);
  const acc = x.dtype === 'float64' ? 'float64' : 'float32';
  const xs = acc === x.dtype ? x : to(x, acc);
  const norm = vectorNormValues(xs, p, dims, true).toArray();
  const r = roundFor(acc), rd = roundOf(x.dtype === 'float64' ? 'float64' : 'float32');
  const maxnorm = r(a.maxnorm as number), eps = r(1e-7);
  let factor: Float64Array = norm.map((n) => (n > maxnorm ? r(maxnorm / r(n + eps)) : 1));
  if (acc !== x.dtype) factor = fromValues([factor.length], factor, x.dtype).toArray();   // (rounded to half first)
  const v = x.toArray();
  const slice = numel(x.shape.slice(dim + 1)), len = x.shape[dim];
  for (let i = 0; i < v.length; i++) v[i] = rd(v[i] * factor[Math.floor(i / slice) % len]);
  return fromValues(x.shape, v, x.dtype);
}
export const RENORM = defineOp({
  name: 'renorm', node: 'RenormBackward0', args: ['self'], pointwise: true, forward: renormForward,
  grads: {
    self: {
      saves: ['self'],
      fn: (g, c) => {
        const self = c.saved('self'), dim = c.attrs.dim as number, p = c.attrs.p as number, maxnorm = c.attrs.maxnorm as number;
        const dims = [...Array(self.ndim).keys()].filter((d) => d !== dim);
        // in the CPU accumulate type (float32 -> float64, half -> float32), the result cast back
        const acc: DType = self.dtype === 'float32' || self.dtype === 'float64' ? 'float64' : 'float32';
        const norm = linalg_vector_norm(self.dtype === acc ? self : to(self, acc), p, dims, true);
        const gradOutput = sum(to(mul(self, g), acc), dims, true);
        const nb = normBackward(gradOutput, self, p, norm, dims, true) as Tensor;
        const invnorm = reciprocal(addScalar(norm, 1e-7));
        const gradNorm = mul(mulScalar(invnorm, maxnorm), sub(g, mul(invnorm, nb)));
        return where(gt(norm, maxnorm), gradNorm.dtype === g.dtype ? gradNorm : to(gradNorm, g.dtype), g);
      },
    },
  },
});
function renormArgs(x: Tensor, p: number, dim: number, maxnorm: number): Record<string, unknown> {
  if (!(p > 0)) throw new TorchError('RuntimeError', 'renorm: non-positive-norm not supported');
  if (!(maxnorm >= 0)) throw new TorchError('RuntimeError', `renorm: expected maxnorm to be >= 0 but got ${cfmt(maxnorm)}`);
  if (x.ndim <= 1) throw new TorchError('RuntimeError', `renorm: input needs at least 2 dimensions, got ${x.ndim} dimensions`);
  const d = wrapDim(dim, x.ndim);
  if (!isFloating(x.dtype)) {
    throw new TorchError('RuntimeError', `linalg.vector_norm: Expected a floating point or complex tensor as input. Got ${scalarTypeName(x.dtype)}`);
  }
  return { p, dim: d, maxnorm };
}
export function renorm(x: Tensor, p: number, dim: number, maxnorm: number): Tensor {
  return apply(RENORM, [x], renormArgs(x, p, dim, maxnorm));
}
export function renorm_(x: Tensor, p: number, dim: number, maxnorm: number): Tensor {
  checkInplace(x);   // (the leaf error comes first, as PyTorch's autograd layer checks before the op)
  return applyInplace(RENORM, [x], renormArgs(x, p, dim, maxnorm));
}

/** The getrf info of each matrix of A broadcast to `batch` (0, or the 1-based index of the first zero pivot). */
function luInfos(A: Tensor, batch: number[]): Tensor {
  const n = A.shape[A.ndim - 1], tr = A.is_contiguous(), r = roundOf(A.dtype);
  const Ae = K.copyOf(rawExpand(A, [...batch, n, n]), A.dtype), v = Ae.toArray(), count = numel(batch);
  Ae.free();
  const out = new Float64Array(count);
  for (let b = 0; b < count; b++) out[b] = luFactor(v, b * n * n, n, r, tr).info;
  return fromValues(batch, out, 'int32');
}

/** torch.linalg.inv_ex(A, check_errors) → [inverse, info]. */
export function linalg_inv_ex(A: Tensor, check = false): [Tensor, Tensor] {
  checkSquare(A, 'linalg.inv');
  const inverse = apply(LINALG_INV, [A], { what: 'linalg.inv_ex', check });
  return [inverse, luInfos(A, A.shape.slice(0, -2))];
}

/** torch.linalg.solve_ex(A, B, left, check_errors) → [result, info]. */
export function linalg_solve_ex(A: Tensor, B: Tensor, left = true, check = false): [Tensor, Tensor] {
  const { vector, batch } = checkSolve(A, B, left);
  const X = apply(LINALG_SOLVE, [A, B], { left, vector, check, what: 'linalg.solve_ex' });
  return [X, luInfos(A, batch)];
}
