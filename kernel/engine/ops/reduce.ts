// Reductions: sum, mean, prod, max/min (full and along a dim), var/std, logsumexp, argmax/argmin.
import { moments } from '../moments';
import { BackwardContext } from '../autograd/node';
import { DType, isFloating, scalarName } from '../dtype';
import { TorchError, warn } from '../errors';
import * as K from '../kernels';
import { DEFAULT_FLOAT } from '../promote';
import { contiguousStrides, isRowMajor, iteratorStrides, numel, preservedStrides, wrapDim } from '../shape';
import { mem } from '../wasm';
import { prodInto } from '../reduce-order';
import { fromValues } from './creation';
import { Tensor } from '../tensor';
import { apply, applyOp, defineOp, ForwardResult } from './apply';
import { add, div, divScalar, eq, mul, mulScalar, ne, sub, where, exp, zerosLikeT } from './pointwise';
import { contiguous, expand, reshape, slice, unsqueeze, view, viewOf } from './views';
import { cat } from './join';
import { cumprod } from './scan';
import { arange } from './creation';
import { index_select, scatterInto } from './gather';

export type Dims = number | readonly number[] | null | undefined;

function normDims(x: Tensor, dim: Dims): number[] | null {
  if (dim === null || dim === undefined) return null;
  const list = typeof dim === 'number' ? [dim] : [...dim];
  if (list.length === 0) return null;
  const wrapped = list.map((d) => wrapDim(d, x.ndim));
  const seen = new Set<number>();
  for (const d of wrapped) {
    if (seen.has(d)) throw new TorchError('RuntimeError', `dim ${d} appears multiple times in the list of dims`);
    seen.add(d);
  }
  return wrapped;
}

const isEmptyList = (dim: Dims): boolean => Array.isArray(dim) && dim.length === 0;

/** Gradient of a reduction over `dims` (null: all) brought back to the input's shape: unsqueeze then expand. */
function unreduce(g: Tensor, c: BackwardContext): Tensor {
  const shape = c.inputs[0].shape;
  const dims = c.attrs.dims as number[] | null;
  let r = g;
  if (dims !== null && !c.attrs.keepdim && shape.length > 0) for (const d of [...dims].sort((a, b) => a - b)) r = unsqueeze(r, d);
  return expand(r, shape);
}
function countOf(c: BackwardContext): number {
  const shape = c.inputs[0].shape;
  const dims = c.attrs.dims as number[] | null;
  return dims === null || shape.length === 0 ? numel(shape) : numel(dims.map((d) => shape[d]));
}

const reduceForward = (op: K.ReduceOpName) => ([x]: Tensor[], a: Record<string, unknown>): Tensor =>
  K.reduce(op, x, a.dims as number[] | null, a.keepdim as boolean, (a.correction as number) ?? 0);

export const SUM = defineOp({ name: 'sum', node: 'SumBackward0', args: ['self'], forward: reduceForward('sum'), grads: { self: { saves: [], fn: unreduce } } });
export const SUM_DIM = defineOp({ name: 'sum', node: 'SumBackward1', args: ['self'], forward: reduceForward('sum'), grads: { self: { saves: [], fn: unreduce } } });
// nansum: NaN counts as 0 (the float sum's kernel reads NaN as 0); the gradient is 0 at NaNs (nansum_backward).
export const NANSUM = defineOp({
  name: 'nansum', node: 'NansumBackward0', args: ['self'],
  forward: ([x], a) => K.floatSum(x, a.dims as number[] | null, a.keepdim as boolean, true),
  grads: { self: { saves: ['self'], fn: (g, c) => mul(unreduce(g, c), eq(c.saved('self'), c.saved('self'))) } },
});
const meanForward = ([x]: Tensor[], a: Record<string, unknown>): Tensor => {
  const s = K.reduce('sum', x, a.dims as number[] | null, a.keepdim as boolean);
  const n = a.dims === null || x.ndim === 0 ? x.numel() : numel((a.dims as number[]).map((d) => x.shape[d]));
  const out = K.binary('div', s, K.full([], n, 'float64'), s.dtype);
  return out;
};
export const MEAN = defineOp({ name: 'mean', node: 'MeanBackward0', args: ['self'], forward: meanForward, grads: { self: { saves: [], fn: (g, c) => divScalar(unreduce(g, c), countOf(c)) } } });
export const MEAN_DIM = defineOp({ name: 'mean', node: 'MeanBackward1', args: ['self'], forward: meanForward, grads: { self: { saves: [], fn: (g, c) => divScalar(unreduce(g, c), countOf(c)) } } });

// prod's gradient, as FunctionsManual.cpp's prod_backward: without zeros grad·(result / input); with zeros (any in
// the tensor, for prod along a dim) prod_safe_zeros_backward's exclusive cumulative products from both ends; over
// all elements with two zeros or more, zeros.
function reverseDim(t: Tensor, dim: number): Tensor {
  return index_select(t, dim, arange(t.shape[dim] - 1, -1, -1, { dtype: 'int64' }));
}
function prodSafeZerosBackward(g: Tensor, inp: Tensor, dim: number): Tensor {
  if (inp.numel() === 0) return expand(g, inp.shape);
  const n = inp.shape[dim];
  if (n === 1) return g;
  const onesShape = inp.shape.slice();
  onesShape[dim] = 1;
  const ones = K.full(onesShape, 1, g.dtype);
  const normal = cumprod(cat([ones, slice(inp, dim, 0, n - 1)], dim), dim);
  const reverse = reverseDim(cumprod(cat([ones, reverseDim(slice(inp, dim, 1, n), dim)], dim), dim), dim);
  return mul(g, mul(normal, reverse));
}
const prodGrad = (g: Tensor, c: BackwardContext): Tensor => {
  const x = c.saved('self');
  let result = c.saved('result');
  if (x.ndim === 0) return g;
  const dims = c.attrs.dims as number[] | null;
  if (dims === null) {
    const zeros = K.reduce('sum', eq(x, 0), null, false).item();
    if (zeros === 0) return mul(g, div(result, x));
    if (zeros > 1) return zerosLikeT(x);
    return view(prodSafeZerosBackward(g, reshape(contiguous(x), [-1]), 0), x.shape);
  }
  const dim = dims[0];
  let gg = g;
  if (!c.attrs.keepdim) { gg = unsqueeze(gg, dim); result = unsqueeze(result, dim); }
  if (K.reduce('sum', eq(x, 0), null, false).item() === 0) return mul(gg, div(result, x));
  return prodSafeZerosBackward(gg, x, dim);
};
// float32/float64: binary_kernel_reduce_vec's order and thread split (reduce-order.ts)
const prodForward = ([x]: Tensor[], a: Record<string, unknown>): Tensor => {
  if (x.dtype !== 'float32' && x.dtype !== 'float64') return reduceForward('prod')([x], a);
  const dims = a.dims as number[] | null, keepdim = a.keepdim as boolean;
  const reduced = x.shape.map((_, d) => dims === null || dims.includes(d));
  const outShape = keepdim ? x.shape.map((s, d) => (reduced[d] ? 1 : s)) : x.shape.filter((_, d) => !reduced[d]);
  const out = K.full(outShape, 1, x.dtype);
  try {
    prodInto(x, reduced, keepdim, out);
  } catch (e) {
    out.free();
    throw e;
  }
  return out;
};
export const PROD = defineOp({ name: 'prod', node: 'ProdBackward0', args: ['self'], forward: prodForward, grads: { self: { saves: ['self', 'result'], fn: prodGrad } } });
export const PROD_DIM = defineOp({ name: 'prod', node: 'ProdBackward1', args: ['self'], forward: prodForward, grads: { self: { saves: ['self', 'result'], fn: prodGrad } } });

// max()/min()/median() over all elements: ties share the gradient evenly (PyTorch's evenly_distribute_backward);
// a NaN result shares it among the NaNs.
export const evenlyDistribute = (g: Tensor, c: BackwardContext): Tensor => {
  const x = c.saved('self'), result = c.saved('result');
  const mask = Number.isNaN(result.item()) ? ne(x, x) : eq(x, result);
  const count = K.reduce('sum', mask, null, false);
  return mul(mask, expand(div(g, count), x.shape));
};
const evenly = evenlyDistribute;
export const MAX_ALL = defineOp({ name: 'max', node: 'MaxBackward1', args: ['self'], forward: reduceForward('max'), grads: { self: { saves: ['self', 'result'], fn: evenly } } });
export const MIN_ALL = defineOp({ name: 'min', node: 'MinBackward1', args: ['self'], forward: reduceForward('min'), grads: { self: { saves: ['self', 'result'], fn: evenly } } });

// max(dim)/min(dim): the gradient goes to the selected index (value_selecting_reduction_backward).
function selectingForward(valueOp: K.ReduceOpName, indexOp: K.ReduceOpName) {
  return ([x]: Tensor[], a: Record<string, unknown>) => {
    const dims = a.dims as number[], keepdim = a.keepdim as boolean;
    const out = K.reduce(valueOp, x, dims, keepdim), indices = K.reduce(indexOp, x, dims, keepdim);
    if ((x.dtype === 'float32' || x.dtype === 'float64') && x.ndim > 0) zeroSignsAt(x, dims[0], out, indices);
    return { out, extra: { indices } };
  };
}
/**
 * max/min(dim)'s values are the elements at their indices (the first extreme): where the extreme is a zero, its sign
 * is that of x's element there (the value kernels' max/min may pick the other zero).
 */
function zeroSignsAt(x: Tensor, dim: number, out: Tensor, indices: Tensor): void {
  const v = out.toArray();
  if (!v.includes(0)) return;
  const at = indices.toArray(), m = mem(), f32 = x.dtype === 'float32';
  const kept = x.shape.filter((_, d) => d !== dim), keptStrides = x.strides.filter((_, d) => d !== dim);
  const coord = new Array<number>(kept.length).fill(0);
  for (let p = 0; p < v.length; p++) {
    if (v[p] === 0) {
      let off = x.offset + at[p] * x.strides[dim];
      coord.forEach((c, k) => { off += c * keptStrides[k]; });
      if (f32) m.f32[(out.storage.ptr >>> 2) + out.offset + p] = m.f32[(x.storage.ptr >>> 2) + off];
      else m.f64[(out.storage.ptr >>> 3) + out.offset + p] = m.f64[(x.storage.ptr >>> 3) + off];
    }
    for (let d = kept.length - 1; d >= 0; d--) { if (++coord[d] < kept[d]) break; coord[d] = 0; }
  }
}
export const selectingGrad = (g: Tensor, c: BackwardContext): Tensor => {
  const dim = (c.attrs.dims as number[])[0];
  let gi = g, idx = c.saved('indices');
  if (!c.attrs.keepdim && c.inputs[0].shape.length > 0) { gi = unsqueeze(g, dim); idx = unsqueeze(idx, dim); }
  return scatterInto(gi, idx, dim, c.inputs[0].shape);
};
export const MAX_DIM = defineOp({ name: 'max', node: 'MaxBackward0', args: ['self'], forward: selectingForward('max', 'argmax'), grads: { self: { saves: ['indices'], fn: selectingGrad } } });
export const MIN_DIM = defineOp({ name: 'min', node: 'MinBackward0', args: ['self'], forward: selectingForward('min', 'argmin'), grads: { self: { saves: ['indices'], fn: selectingGrad } } });

// var/std with Bessel's correction by default: d var/dx = 2 (x - mean) / (N - correction).
const varGrad = (g: Tensor, c: BackwardContext): Tensor => {
  const x = c.saved('self');
  const dims = c.attrs.dims as number[] | null;
  const m = dims === null ? mean(x) : mean(x, dims, true);
  // PyTorch 1.13 reduces over all dims for dim=() but its var_backward counts the elements of no dims (one), so the
  // gradient is 2/(1 - correction)·(x - mean): inf for the default correction. Reproduced, not corrected.
  const n = (c.attrs.emptyDims ? 1 : countOf(c)) - ((c.attrs.correction as number) ?? 1);
  return mul(mulScalar(unreduce(g, c), 2 / n), sub(x, m));
};
const spreadForward = (sqrt: boolean) => ([x]: Tensor[], a: Record<string, unknown>): Tensor =>
  moments(x, a.dims as number[] | null, a.keepdim as boolean, (a.correction as number) ?? 1, sqrt, false).spread;
export const VAR = defineOp({ name: 'var', node: 'VarBackward0', args: ['self'], forward: spreadForward(false), grads: { self: { saves: ['self'], fn: varGrad } } });
export const STD = defineOp({
  name: 'std', node: 'StdBackward0', args: ['self'],
  forward: spreadForward(true),
  grads: { self: { saves: ['self', 'result'], fn: (g, c) => varGrad(div(g, mulScalar(c.saved('result'), 2)), c) } },
});

// var_mean / std_mean: one node with both outputs (PyTorch's var_mean_backward / std_mean_backward: the var or std
// part and the mean part, each only when its output got a gradient). Both values come from PyTorch's Welford pass.
const momentsForward = (std: boolean) => ([x]: Tensor[], a: Record<string, unknown>): ForwardResult => {
  const r = moments(x, a.dims as number[] | null, a.keepdim as boolean, (a.correction as number) ?? 1, std, true);
  return { out: r.spread, more: [r.mean as Tensor] };
};
function momentsGrad(std: boolean) {
  return (_g: Tensor, c: BackwardContext): Tensor => {
    const [gs, gm] = c.grads;
    const parts: Tensor[] = [];
    if (gs) parts.push(varGrad(std ? div(gs, mulScalar(c.saved('result0'), 2)) : gs, c));
    if (gm) parts.push(divScalar(unreduce(gm, c), countOf(c)));
    return parts.length === 2 ? add(parts[0], parts[1]) : parts[0];
  };
}
const momentsValues = (a: Record<string, unknown>) => ({ correction: a.correction, dim: a.userDims, keepdim: a.keepdim });
export const VAR_MEAN = defineOp({
  name: 'var_mean', node: 'VarMeanBackward0', args: ['self'], forward: momentsForward(false),
  grads: { self: { saves: ['self'], fn: momentsGrad(false) } }, savedValues: momentsValues,
});
export const STD_MEAN = defineOp({
  name: 'std_mean', node: 'StdMeanBackward0', args: ['self'], forward: momentsForward(true),
  grads: { self: { saves: ['self', 'result0'], fn: momentsGrad(true) } }, savedValues: momentsValues,
});
/** torch.var_mean / std_mean (`std`): (var or std, mean) over `dim` (null or []: all) with `correction`. */
export function var_mean(x: Tensor, dim?: Dims, unbiased: boolean | number = true, keepdim = false, std = false): [Tensor, Tensor] {
  if (!isFloating(x.dtype)) throw new TorchError('RuntimeError', `${std ? 'std' : 'var'}_mean only support floating point and complex dtypes`);
  const correction = typeof unbiased === 'boolean' ? (unbiased ? 1 : 0) : unbiased;
  const dims = normDims(x, dim);
  const userDims = dim === null || dim === undefined ? null : typeof dim === 'number' ? [dim] : [...dim];
  const r = applyOp(std ? STD_MEAN : VAR_MEAN, [x], { dims, keepdim, correction, userDims, emptyDims: isEmptyList(dim) });
  return [r.out, (r.more as Tensor[])[0]];
}

// logsumexp as ATen's composite logsumexp_out_impl: maxes = amax(self, dims, keepdim=True), its ±inf set to 0,
// sum((self - maxes).exp_(), dims), then log_() and add_(maxes), each step rounded in the dtype as those ops do.
function logsumexpForward([x]: Tensor[], a: Record<string, unknown>): Tensor {
  const dims = a.dims as number[], keepdim = a.keepdim as boolean;
  if (x.dtype !== 'float32' && x.dtype !== 'float64') return K.reduce('logsumexp', x, dims, keepdim);
  if (x.numel() === 0) return K.unary('log', K.floatSum(x, dims, keepdim, false));   // log(sum(exp(self))): -inf
  const m = K.reduce('max', x, dims, true);
  const mv = x.dtype === 'float32' ? mem().f32 : mem().f64, mp = m.storage.ptr / m.itemsize + m.offset;
  for (let i = 0, n = m.numel(); i < n; i++) if (Math.abs(mv[mp + i]) === Infinity) mv[mp + i] = 0;
  const shifted = K.binary('sub', x, m, x.dtype, isRowMajor(x.shape, x.strides) ? null : iteratorStrides(x.shape, [x, m]));
  const e = K.unary('exp', shifted, NaN, NaN, x.dtype, isRowMajor(shifted.shape, shifted.strides) ? null : iteratorStrides(shifted.shape, [shifted]));
  const s = K.floatSum(e, dims, keepdim, false);
  const l = K.unary('log', s);
  const mk = keepdim ? m : viewOf(m, l.shape, contiguousStrides(l.shape));
  return K.binary('add', l, mk, x.dtype);
}
export const LOGSUMEXP = defineOp({
  name: 'logsumexp', node: 'LogsumexpBackward0', args: ['self'], forward: logsumexpForward,
  grads: { self: { saves: ['self', 'result'], fn: (g, c) => mul(unreduce(g, c), exp(sub(c.saved('self'), unreduce(c.saved('result'), c)))) } },
});

// --- public functions ------------------------------------------------------------------------------------------------
/** x in dtype as self.to(dtype) gives it (strides kept when x is dense), which sum(dtype=) sums (make_reduction). */
const toDtype = (x: Tensor, dtype?: DType): Tensor => (dtype && dtype !== x.dtype ? K.copyOf(x, dtype, preservedStrides(x.shape, x.strides)) : x);
export function sum(x: Tensor, dim?: Dims, keepdim = false, dtype?: DType): Tensor {
  const dims = normDims(x, dim);
  const src = toDtype(x, dtype);
  const r = apply(dims === null ? SUM : SUM_DIM, [src], { dims, keepdim });
  // An integer dtype= is the result's dtype (the reduction itself accumulates in int64).
  return dtype && r.dtype !== dtype ? K.cast(r, dtype) : r;
}
/** nansum; integer and bool inputs are summed as by sum (PyTorch 1.13's nansum_out). */
export function nansum(x: Tensor, dim?: Dims, keepdim = false, dtype?: DType): Tensor {
  const src = toDtype(x, dtype);
  if (!isFloating(src.dtype)) return sum(src, dim, keepdim);
  return apply(NANSUM, [src], { dims: normDims(src, dim), keepdim });
}
export function mean(x: Tensor, dim?: Dims, keepdim = false): Tensor {
  if (!isFloating(x.dtype)) {
    throw new TorchError('RuntimeError', `mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ${scalarName(x.dtype)}`);
  }
  const dims = normDims(x, dim);
  return apply(dims === null ? MEAN : MEAN_DIM, [x], { dims, keepdim });
}
export function prod(x: Tensor, dim?: number, keepdim = false): Tensor {
  const dims = normDims(x, dim);
  return apply(dims === null ? PROD : PROD_DIM, [x], { dims, keepdim });
}
function checkNonEmpty(x: Tensor, name: string): void {
  if (x.numel() === 0) {
    throw new TorchError('RuntimeError', `${name}(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.`);
  }
}
/** max() → tensor; max(dim, keepdim) → [values, indices]. */
export function max(x: Tensor): Tensor;
export function max(x: Tensor, dim: number, keepdim?: boolean): [Tensor, Tensor];
export function max(x: Tensor, dim?: number, keepdim = false): Tensor | [Tensor, Tensor] {
  if (dim === undefined) { checkNonEmpty(x, 'max'); return apply(MAX_ALL, [x], { dims: null, keepdim: false }); }
  const r = applyOp(MAX_DIM, [x], { dims: [wrapDim(dim, x.ndim)], keepdim });
  return [r.out, (r.extra as { indices: Tensor }).indices];
}
export function min(x: Tensor): Tensor;
export function min(x: Tensor, dim: number, keepdim?: boolean): [Tensor, Tensor];
export function min(x: Tensor, dim?: number, keepdim = false): Tensor | [Tensor, Tensor] {
  if (dim === undefined) { checkNonEmpty(x, 'min'); return apply(MIN_ALL, [x], { dims: null, keepdim: false }); }
  const r = applyOp(MIN_DIM, [x], { dims: [wrapDim(dim, x.ndim)], keepdim });
  return [r.out, (r.extra as { indices: Tensor }).indices];
}
function argReduce(op: 'argmax' | 'argmin', x: Tensor, dim?: number | null, keepdim = false): Tensor {
  if (x.dtype === 'bool') throw new TorchError('RuntimeError', `"${op}_cpu" not implemented for 'Bool'`);
  if (dim === undefined || dim === null) {
    if (x.numel() === 0) throw new TorchError('IndexError', `${op}(): Expected reduction dim to be specified for input.numel() == 0.`);
    const flat = K.reduce(op, x, null, false);
    if (!keepdim) return flat;
    const out = K.empty(x.shape.map(() => 1), 'int64');
    K.copyInto(out, flat);
    return out;
  }
  return K.reduce(op, x, [wrapDim(dim, x.ndim)], keepdim);
}
export const argmax = (x: Tensor, dim?: number | null, keepdim = false): Tensor => argReduce('argmax', x, dim, keepdim);
export const argmin = (x: Tensor, dim?: number | null, keepdim = false): Tensor => argReduce('argmin', x, dim, keepdim);
function checkStdVar(x: Tensor): void {
  if (!isFloating(x.dtype)) throw new TorchError('RuntimeError', 'std and var only support floating point and complex dtypes');
}
export function var_(x: Tensor, dim?: Dims, unbiased: boolean | number = true, keepdim = false): Tensor {
  checkStdVar(x);
  const correction = typeof unbiased === 'boolean' ? (unbiased ? 1 : 0) : unbiased;
  return apply(VAR, [x], { dims: normDims(x, dim), keepdim, correction, emptyDims: isEmptyList(dim) });
}
export function std(x: Tensor, dim?: Dims, unbiased: boolean | number = true, keepdim = false): Tensor {
  checkStdVar(x);
  const correction = typeof unbiased === 'boolean' ? (unbiased ? 1 : 0) : unbiased;
  return apply(STD, [x], { dims: normDims(x, dim), keepdim, correction, emptyDims: isEmptyList(dim) });
}
export function logsumexp(x: Tensor, dim: Dims, keepdim = false): Tensor {
  if (!isFloating(x.dtype)) x = K.cast(x, DEFAULT_FLOAT);   // integral inputs give the default float dtype, as PyTorch's
  return apply(LOGSUMEXP, [x], { dims: normDims(x, dim) ?? [...Array(x.ndim).keys()], keepdim });
}
/** Sums a broadcast gradient back to `shape` (leading dims and size-1 dims). */
export function sumToSize(g: Tensor, shape: readonly number[]): Tensor {
  const lead = g.ndim - shape.length;
  const dims: number[] = [];
  for (let i = 0; i < g.ndim; i++) if (i < lead || (shape[i - lead] === 1 && g.shape[i] !== 1)) dims.push(i);
  let r = dims.length ? sum(g, dims, true) : g;
  // at::sum_to: the summed (contiguous) gradient is viewed to the shape (ViewBackward0 under create_graph)
  if (lead > 0 || r.ndim !== shape.length) r = view(r, shape);
  return r;
}

// aminmax: (min, max) in one call. PyTorch 1.13 defines no derivative: its node is NotImplemented (both outputs),
// which raises when a gradient reaches it.
const aminmaxRefuses = (): Tensor => { throw new TorchError('RuntimeError', 'derivative for aten::aminmax is not implemented'); };
const extreme = (op: 'min' | 'max', x: Tensor, a: Record<string, unknown>): Tensor => {
  const r = K.reduce(op, x, a.dims as number[] | null, a.keepdim as boolean);
  if (!a.oneD) return r;
  const v = K.unsqueezeView(r, 0);   // a 0-d input with dim and keepdim: PyTorch resizes its out tensor to [1]
  r.free();
  return v;
};
export const AMINMAX = defineOp({
  name: 'aminmax', node: 'NotImplemented', args: ['self'],
  forward: ([x], a) => ({ out: extreme('min', x, a), more: [extreme('max', x, a)] }),
  grads: { self: { saves: [], fn: aminmaxRefuses } },
});
/** torch.aminmax(x, dim=None, keepdim=False) → [min, max]. */
export function aminmax(x: Tensor, dim: number | null = null, keepdim = false): [Tensor, Tensor] {
  let dims: number[] | null = null;
  if (dim === null) {
    if (x.numel() === 0) throw new TorchError('RuntimeError', 'aminmax(): cannot compute aminmax over an empty dimension as the operation has no identity.');
    if (keepdim && x.ndim > 0) dims = [...Array(x.ndim).keys()];
  } else {
    const d = wrapDim(dim, Math.max(x.ndim, 1));
    if (x.ndim > 0 && x.shape[d] === 0) throw new TorchError('IndexError', `aminmax: Expected reduction dim ${d} to have non-zero size.`);
    if (x.ndim > 0) dims = [d];
  }
  const oneD = x.ndim === 0 && dim !== null && keepdim;
  if (oneD) {
    warn('UserWarning', 'An output with one or more elements was resized since it had shape [], which does not match the required output shape [1]. This behavior is deprecated, and in a future PyTorch release outputs will not be resized unless they have zero elements. You can explicitly reuse an out tensor t by resizing it, inplace, to zero elements with t.resize_(0). (Triggered internally at  ./aten/src/ATen/native/Resize.cpp:17.)');
  }
  const r = applyOp(AMINMAX, [x], { dims, keepdim: keepdim && dims !== null, oneD });
  return [r.out, (r.more as Tensor[])[0]];
}
