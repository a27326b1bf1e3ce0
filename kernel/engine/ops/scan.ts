// Along-a-dim ops over lanes: cumsum, cumprod, sort, argsort, topk. Forward values are computed per lane on the
// host (these are not hot loops in training code); sort and topk order ties exactly as PyTorch's CPU kernels do
// (libstdc++ algorithms on (value, index) pairs, see stdsort.ts), and NaN counts as the largest value.
import { DType, isFloating } from '../dtype';
import { TorchError } from '../errors';
import * as K from '../kernels';
import { preservedStrides, wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { apply, applyInplace, applyOp, defineOp } from './apply';
import { fromValues } from './creation';
import { div, mul } from './pointwise';
import { to } from './views';
import { scatterInto } from './gather';
import { keyedNthElement, keyedPartialSort, keyedSort, nthElement, partialSort, stableSort, stdSort } from './stdsort';

/** Lanes along `dim` of a row-major tensor: element (o, i, j) is at o * n * inner + i * inner + j. */
export function lanesOf(shape: readonly number[], dim: number): { outer: number; n: number; inner: number } {
  if (shape.length === 0) return { outer: 1, n: 1, inner: 1 };
  let outer = 1, inner = 1;
  for (let d = 0; d < dim; d++) outer *= shape[d];
  for (let d = dim + 1; d < shape.length; d++) inner *= shape[d];
  return { outer, n: shape[dim], inner };
}

export function forEachLane(shape: readonly number[], dim: number, fn: (base: number, stride: number, n: number) => void): void {
  const { outer, n, inner } = lanesOf(shape, dim);
  for (let o = 0; o < outer; o++) for (let j = 0; j < inner; j++) fn(o * n * inner + j, inner, n);
}

// --- cumsum / cumprod -------------------------------------------------------------------------------------------------
function scanValues(x: Tensor, dim: number, reverse: boolean, prod: boolean): Float64Array {
  const v = x.toArray(), out = new Float64Array(v.length);
  forEachLane(x.shape, dim, (base, stride, n) => {
    let acc = prod ? 1 : 0;
    for (let k = 0; k < n; k++) {
      const p = base + (reverse ? n - 1 - k : k) * stride;
      acc = prod ? acc * v[p] : acc + v[p];
      out[p] = acc;
    }
  });
  return out;
}

/** cumsum; `reverse` (sums from the end) is its own backward and exists for that. */
const CUMSUM = defineOp({
  name: 'cumsum', node: 'CumsumBackward0', args: ['self'],
  forward: ([x], a) => K.cumScan(x, a.dim as number, a.reverse as boolean, false)
    ?? fromValues(x.shape, scanValues(x, a.dim as number, a.reverse as boolean, false), x.dtype),
  grads: { self: { saves: [], fn: (g, c) => apply(CUMSUM, [g], { dim: c.attrs.dim, reverse: !c.attrs.reverse }) } },
});

// cumprod: without zeros, d/dx_i = Σ_{k≥i} g_k·y_k / x_i (a reversed cumsum). With zeros in the input that
// formula divides by zero, so the gradient is computed exactly per lane instead (O(n²); not differentiable again).
const CUMPROD = defineOp({
  name: 'cumprod', node: 'CumprodBackward0', args: ['self'],
  forward: ([x], a) => K.cumScan(x, a.dim as number, false, true) ?? fromValues(x.shape, scanValues(x, a.dim as number, false, true), x.dtype),
  grads: {
    self: {
      saves: ['self', 'result'], fn: (g, c) => {
        const x = c.saved('self'), dim = c.attrs.dim as number;
        if (!x.toArray().includes(0)) return div(apply(CUMSUM, [mul(g, c.saved('result'))], { dim, reverse: true }), x);
        return fromValues(x.shape, cumprodGradWithZeros(x.toArray(), g.toArray(), x.shape, dim), g.dtype);
      },
    },
  },
});
function cumprodGradWithZeros(v: Float64Array, g: Float64Array, shape: readonly number[], dim: number): Float64Array {
  const out = new Float64Array(v.length);
  forEachLane(shape, dim, (base, stride, n) => {
    for (let i = 0; i < n; i++) {
      let total = 0, prefix = 1;   // prefix: Π_{j<i} x_j
      for (let j = 0; j < i; j++) prefix *= v[base + j * stride];
      let rest = prefix;           // Π_{j≤k, j≠i} x_j
      for (let k = i; k < n; k++) {
        if (k > i) rest *= v[base + k * stride];
        total += g[base + k * stride] * rest;
      }
      out[base + i * stride] = total;
    }
  });
  return out;
}

function scanDtype(x: Tensor, dtype: DType | undefined): DType {
  if (dtype) return dtype;
  return isFloating(x.dtype) ? x.dtype : 'int64';
}
export function cumsum(x: Tensor, dim: number, dtype?: DType): Tensor {
  const d = wrapDim(dim, x.ndim), want = scanDtype(x, dtype);
  return apply(CUMSUM, [x.dtype === want ? x : to(x, want)], { dim: d, reverse: false });
}
export function cumsum_(x: Tensor, dim: number, dtype?: DType): Tensor {
  return applyInplace(CUMSUM, [dtype && dtype !== x.dtype ? to(x, dtype) : x], { dim: wrapDim(dim, x.ndim), reverse: false });
}
export function cumprod_(x: Tensor, dim: number, dtype?: DType): Tensor {
  return applyInplace(CUMPROD, [dtype && dtype !== x.dtype ? to(x, dtype) : x], { dim: wrapDim(dim, x.ndim) });
}
export function cumprod(x: Tensor, dim: number, dtype?: DType): Tensor {
  const d = wrapDim(dim, x.ndim), want = scanDtype(x, dtype);
  return apply(CUMPROD, [x.dtype === want ? x : to(x, want)], { dim: d });
}

// --- sort / topk ------------------------------------------------------------------------------------------------------
type Cmp = (a: number, b: number) => boolean;
// PyTorch's KeyValueCompAsc / KeyValueCompDesc (and topk's comparators): NaN is larger than every number.
const ascending: Cmp = (a, b) => (!Number.isNaN(a) && Number.isNaN(b)) || a < b;
const descending: Cmp = (a, b) => (Number.isNaN(a) && !Number.isNaN(b)) || a > b;
/**
 * The lane's sort keys when it has no NaN: the values for ascending order, negated for descending (then `<` on
 * keys is the comparator: equal values stay equal); null when it has a NaN (the comparator handles NaN).
 */
function laneKeys(vals: Float64Array, desc: boolean, keys: Float64Array): Float64Array | null {
  for (let i = 0; i < vals.length; i++) if (vals[i] !== vals[i]) return null;
  if (!desc) return vals;
  for (let i = 0; i < vals.length; i++) keys[i] = -vals[i];
  return keys;
}
const generalLess = (vals: Float64Array, desc: boolean): ((i: number, j: number) => boolean) => {
  const cmp = desc ? descending : ascending;
  return (i, j) => cmp(vals[i], vals[j]);
};

/** Per lane, the first `k` element positions (lane indices) in the order the algorithm leaves them. */
function laneOrder(x: Tensor, dim: number, pick: Pick): { values: Float64Array; indices: Float64Array; shape: number[]; k: number } {
  const v = x.toArray();
  const { outer, n, inner } = lanesOf(x.shape, dim);
  let k = -1, values = new Float64Array(0), indices = new Float64Array(0);
  const lane = new Float64Array(n), idx = new Int32Array(n), keys = new Float64Array(n);
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < inner; j++) {
      const base = o * n * inner + j;
      for (let i = 0; i < n; i++) { lane[i] = v[base + i * inner]; idx[i] = i; }
      const order = pick(lane, idx, keys);
      if (k < 0) { k = order.length; values = new Float64Array(outer * k * inner); indices = new Float64Array(outer * k * inner); }
      for (let r = 0, p = o * k * inner + j; r < k; r++, p += inner) { const i = order[r]; values[p] = lane[i]; indices[p] = i; }
    }
  }
  if (k < 0) k = x.ndim === 0 ? 1 : 0;
  const shape = x.ndim === 0 ? [] : x.shape.map((s, d) => (d === dim ? k : s));
  return { values, indices, shape, k };
}

/** A lane's positions `idx` (0..n-1) reordered: the first k of the result are the lane's selection (`keys`: scratch). */
type Pick = (vals: Float64Array, idx: Int32Array, keys: Float64Array) => ArrayLike<number>;
function selectionForward(pick: (a: Record<string, unknown>) => Pick) {
  return ([x]: Tensor[], a: Record<string, unknown>) => {
    const r = laneOrder(x, a.dim as number, pick(a));
    return { out: fromValues(r.shape, r.values, x.dtype), extra: { indices: fromValues(r.shape, r.indices, 'int64') } };
  };
}
// The gradient goes back to the selected positions (value_selecting_reduction_backward).
const selectionGrad = { saves: ['indices'], fn: (g: Tensor, c: import('../autograd/node').BackwardContext) => scatterInto(g, c.saved('indices'), c.attrs.dim as number, c.inputs[0].shape) };

const sortPick = (a: Record<string, unknown>): Pick => (vals, idx, keys) => {
  const desc = a.descending as boolean, k = a.stable ? null : laneKeys(vals, desc, keys);
  if (k) { keyedSort(k, idx, 0, idx.length); return idx; }
  const items = Array.from(idx), less = generalLess(vals, desc);
  if (a.stable) stableSort(items, 0, items.length, less); else stdSort(items, 0, items.length, less);
  return items;
};
// sort's values and indices are laid out as its input (a transposed input gives transposed results), as ATen's.
const sortForward = selectionForward(sortPick);
const SORT = defineOp({
  name: 'sort', node: 'SortBackward0', args: ['self'],
  forward: ([x], a) => {
    const r = sortForward([x], a), strides = preservedStrides(x.shape, x.strides);
    if (strides === null) return r;
    const out = K.copyOf(r.out, r.out.dtype, strides), indices = K.copyOf(r.extra.indices, 'int64', strides);
    r.out.free(); r.extra.indices.free();
    return { out, extra: { indices } };
  },
  grads: { self: selectionGrad },
});

// topk (PyTorch's topk_impl_loop): partial_sort when k * 64 <= n, else nth_element and, if sorted, a sort of the
// first k - 1 (the k-th is in place already).
const topkPick = (a: Record<string, unknown>): Pick => (vals, idx, keys) => {
  const k = a.k as number, n = idx.length;
  if (k === 0) return [];
  const key = laneKeys(vals, a.largest as boolean, keys);
  if (key) {
    if (k * 64 <= n) keyedPartialSort(key, idx, 0, k, n);
    else {
      keyedNthElement(key, idx, 0, k - 1, n);
      if (a.sorted) keyedSort(key, idx, 0, k - 1);
    }
    return idx.subarray(0, k);
  }
  const items = Array.from(idx), less = generalLess(vals, a.largest as boolean);
  if (k * 64 <= n) partialSort(items, 0, k, n, less);
  else {
    nthElement(items, 0, k - 1, n, less);
    if (a.sorted) stdSort(items, 0, k - 1, less);
  }
  return items.slice(0, k);
};
const TOPK = defineOp({ name: 'topk', node: 'TopkBackward0', args: ['self'], forward: selectionForward(topkPick), grads: { self: selectionGrad } });

export function sort(x: Tensor, dim = -1, descendingOrder = false, stable = false): [Tensor, Tensor] {
  const r = applyOp(SORT, [x], { dim: wrapDim(dim, x.ndim), descending: descendingOrder, stable });
  return [r.out, (r.extra as { indices: Tensor }).indices];
}
export function argsort(x: Tensor, dim = -1, descendingOrder = false, stable = false): Tensor {
  const d = wrapDim(dim, x.ndim);
  const r = laneOrder(x, d, sortPick({ descending: descendingOrder, stable }));
  const indices = fromValues(r.shape, r.indices, 'int64'), strides = preservedStrides(x.shape, x.strides);
  if (strides === null) return indices;
  const out = K.copyOf(indices, 'int64', strides);
  indices.free();
  return out;
}
export function topk(x: Tensor, k: number, dim = -1, largest = true, sorted = true): [Tensor, Tensor] {
  const d = wrapDim(dim, x.ndim);
  const n = x.ndim === 0 ? 1 : x.shape[d];
  if (k < 0 || k > n) throw new TorchError('RuntimeError', 'selected index k out of range');
  const r = applyOp(TOPK, [x], { dim: d, k, largest, sorted });
  return [r.out, (r.extra as { indices: Tensor }).indices];
}
