// Reductions: sum, mean, prod, max/min (full and along a dim), var/std, logsumexp, argmax/argmin.
import { BackwardContext } from '../autograd/node';
import { DType, isFloating } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { numel, preservedStrides, wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { apply, applyOp, defineOp } from './apply';
import { div, divScalar, eq, mul, mulScalar, ne, sub, where, exp, zerosLikeT } from './pointwise';
import { expand, unsqueeze, view } from './views';
import { scatterInto } from './gather';

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
  s.free();
  return out;
};
export const MEAN = defineOp({ name: 'mean', node: 'MeanBackward0', args: ['self'], forward: meanForward, grads: { self: { saves: [], fn: (g, c) => divScalar(unreduce(g, c), countOf(c)) } } });
export const MEAN_DIM = defineOp({ name: 'mean', node: 'MeanBackward1', args: ['self'], forward: meanForward, grads: { self: { saves: [], fn: (g, c) => divScalar(unreduce(g, c), countOf(c)) } } });

// prod: the gradient of each element is the product of the others. With zeros: one zero → only that element
// gets the product of the rest; two or more → all zero.
const prodGrad = (g: Tensor, c: BackwardContext): Tensor => {
  const x = c.saved('self');
  const isZero = eq(x, 0);
  const noZeros = K.reduce('sum', isZero, null, false).item() === 0;
  if (noZeros) return mul(unreduce(g, c), div(unreduce(c.saved('result'), c), x));
  const ones = where(isZero, K.full([], 1, x.dtype), x);
  const dims = c.attrs.dims as number[] | null;
  const keep = c.attrs.keepdim as boolean;
  const restProd = dims === null ? prod(ones) : prod(ones, dims[0], keep);
  const zeroCount = K.reduce('sum', isZero, dims, keep);
  const atZero = where(eq(unreduce(zeroCount, c), 1), unreduce(restProd, c), zerosLikeT(x));
  return mul(unreduce(g, c), where(isZero, atZero, div(unreduce(c.saved('result'), c), x)));
};
export const PROD = defineOp({ name: 'prod', node: 'ProdBackward0', args: ['self'], forward: reduceForward('prod'), grads: { self: { saves: ['self', 'result'], fn: prodGrad } } });
export const PROD_DIM = defineOp({ name: 'prod', node: 'ProdBackward1', args: ['self'], forward: reduceForward('prod'), grads: { self: { saves: ['self', 'result'], fn: prodGrad } } });

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
    return { out: K.reduce(valueOp, x, dims, keepdim), extra: { indices: K.reduce(indexOp, x, dims, keepdim) } };
  };
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
  const n = countOf(c) - ((c.attrs.correction as number) ?? 1);
  return mul(mulScalar(unreduce(g, c), 2 / n), sub(x, m));
};
export const VAR = defineOp({ name: 'var', node: 'VarBackward0', args: ['self'], forward: reduceForward('var'), grads: { self: { saves: ['self'], fn: varGrad } } });
export const STD = defineOp({
  name: 'std', node: 'StdBackward0', args: ['self'],
  forward: ([x], a) => { const v = reduceForward('var')([x], a); const out = K.unary('sqrt', v); v.free(); return out; },
  grads: { self: { saves: ['self', 'result'], fn: (g, c) => varGrad(div(g, mulScalar(c.saved('result'), 2)), c) } },
});
export const LOGSUMEXP = defineOp({
  name: 'logsumexp', node: 'LogsumexpBackward0', args: ['self'], forward: reduceForward('logsumexp'),
  grads: { self: { saves: ['self', 'result'], fn: (g, c) => mul(unreduce(g, c), exp(sub(c.saved('self'), unreduce(c.saved('result'), c)))) } },
});

// --- public functions ------------------------------------------------------------------------------------------------
/** x in dtype as self.to(dtype) gives it (strides kept when x is dense), which sum(dtype=) sums (make_reduction). */
const toDtype = (x: Tensor, dtype?: DType): Tensor => (dtype && dtype !== x.dtype ? K.copyOf(x, dtype, preservedStrides(x.shape, x.strides)) : x);
export function sum(x: Tensor, dim?: Dims, keepdim = false, dtype?: DType): Tensor {
  const dims = normDims(x, dim);
  const src = toDtype(x, dtype);
  return apply(dims === null ? SUM : SUM_DIM, [src], { dims, keepdim });
}
/** nansum; integer and bool inputs are summed as by sum (PyTorch 1.13's nansum_out). */
export function nansum(x: Tensor, dim?: Dims, keepdim = false, dtype?: DType): Tensor {
  const src = toDtype(x, dtype);
  if (!isFloating(src.dtype)) return sum(src, dim, keepdim);
  return apply(NANSUM, [src], { dims: normDims(src, dim), keepdim });
}
export function mean(x: Tensor, dim?: Dims, keepdim = false): Tensor {
  if (!isFloating(x.dtype)) {
    throw new TorchError('RuntimeError', `mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: ${{ int64: 'Long', bool: 'Bool' }[x.dtype as 'int64' | 'bool']}`);
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
export function var_(x: Tensor, dim?: Dims, unbiased: boolean | number = true, keepdim = false): Tensor {
  const correction = typeof unbiased === 'boolean' ? (unbiased ? 1 : 0) : unbiased;
  return apply(VAR, [x], { dims: normDims(x, dim), keepdim, correction });
}
export function std(x: Tensor, dim?: Dims, unbiased: boolean | number = true, keepdim = false): Tensor {
  const correction = typeof unbiased === 'boolean' ? (unbiased ? 1 : 0) : unbiased;
  return apply(STD, [x], { dims: normDims(x, dim), keepdim, correction });
}
export function logsumexp(x: Tensor, dim: Dims, keepdim = false): Tensor {
  if (!isFloating(x.dtype)) x = K.cast(x, 'float32');   // integral inputs give the default float dtype, as PyTorch's
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
