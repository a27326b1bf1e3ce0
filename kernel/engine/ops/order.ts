// Order statistics along a dim or over all elements: median, nanmedian, kthvalue, mode (PyTorch 1.13's CPU
// kernels in aten/src/ATen/native/Sorting.cpp and cpu/TensorCompareKernel.cpp). Which index comes out for tied
// values depends on the algorithm, so each one is reproduced: median and nanmedian partition lane indices with
// libstdc++'s std::nth_element (stdsort.ts) under PyTorch's comparators, kthvalue runs PyTorch's own quickselect
// (quick_select_template, Sedgewick's partition), mode sorts the lane with std::sort comparing values only and
// takes the last index of the first most frequent run. Forward values are computed per lane on the host (not hot
// paths). Gradients: over all elements, spread evenly over the elements equal to the result (NaN: over the NaNs);
// along a dim, to the selected index.
import { TorchError } from '../errors';
import { wrapDim } from '../shape';
import { Tensor } from '../tensor';
import { apply, applyOp, defineOp, notImplementedFor } from './apply';
import { fromValues } from './creation';
import { evenlyDistribute, selectingGrad } from './reduce';
import { lanesOf } from './scan';
import { nthElement, stdSort } from './stdsort';

type Pick = (lane: Float64Array) => [number, number];   // [value, index within the lane]

const isNaN_ = Number.isNaN;
/** PyTorch's error for a kernel without bool ("median_cpu" not implemented for 'Bool'). */
function checkDtype(x: Tensor, kernel: string): void {
  if (x.dtype === 'bool' || x.dtype === 'float16') throw notImplementedFor(kernel, x.dtype);
}

/** Values and indices of `pick` over every lane along dim, in the reduced shape (keepdim or not). */
function reduceLanes(x: Tensor, dim: number, keepdim: boolean, pick: Pick): { values: Tensor; indices: Tensor } {
  const v = x.toArray();
  const shape = x.shape;
  const { outer, n, inner } = lanesOf(shape, dim);
  const values = new Float64Array(outer * inner), indices = new Float64Array(outer * inner);
  const lane = new Float64Array(n);
  for (let o = 0; o < outer; o++) {
    for (let j = 0; j < inner; j++) {
      const base = o * n * inner + j;
      for (let i = 0; i < n; i++) lane[i] = v[base + i * inner];
      const [val, idx] = pick(lane);
      values[o * inner + j] = val;
      indices[o * inner + j] = idx;
    }
  }
  const outShape = shape.length === 0 ? [] : keepdim ? shape.map((s, d) => (d === dim ? 1 : s)) : shape.filter((_, d) => d !== dim);
  return { values: fromValues(outShape, values, x.dtype), indices: fromValues(outShape, indices, 'int64') };
}

/** C++'s k / 2 (truncates toward zero: (size - num_nan - 1) / 2 is 0 when every value is NaN). */
const halfDown = (k: number): number => Math.trunc(k / 2);

// median_with_indices_impl: the first NaN if there is one (torch.median), else the (size - 1) / 2-th of the lane
// ordered by (value, index); nanmedian orders NaNs last (equal to each other) and counts only the others.
const medianPick = (ignoreNan: boolean): Pick => (lane) => {
  const n = lane.length;
  if (!ignoreNan) {
    for (let i = 0; i < n; i++) if (isNaN_(lane[i])) return [lane[i], i];
  }
  const idx = [...Array(n).keys()];
  let nth: number;
  let less: (i: number, j: number) => boolean;
  if (!ignoreNan) {
    nth = halfDown(n - 1);
    less = (i, j) => lane[i] < lane[j] || (lane[i] === lane[j] && i < j);
  } else {
    let nan = 0;
    for (let i = 0; i < n; i++) if (isNaN_(lane[i])) nan++;
    nth = halfDown(n - nan - 1);
    less = (i, j) => lane[i] < lane[j] || (lane[i] === lane[j] && i < j) || (isNaN_(lane[j]) && !isNaN_(lane[i]));
  }
  nthElement(idx, 0, nth, n, less);
  return [lane[idx[nth]], idx[nth]];
};

// PyTorch's quick_select_template (Sedgewick's "Implementing Quicksort Programs", median-of-three pivot), with
// NaN greater than every number; values and indices are swapped together.
function quickSelect(arr: Float64Array, idx: number[], k: number): void {
  const gt = (x: number, y: number): boolean => (isNaN_(x) && !isNaN_(y)) || x > y;
  const swap = (i: number, j: number): void => {
    const t = arr[i]; arr[i] = arr[j]; arr[j] = t;
    const u = idx[i]; idx[i] = idx[j]; idx[j] = u;
  };
  let L = 0, R = arr.length - 1;
  for (;;) {
    if (R <= L) return;
    if (R === L + 1) { if (gt(arr[L], arr[R])) swap(L, R); return; }
    const P = (L + R) >> 1;
    swap(P, L + 1);
    if (gt(arr[L + 1], arr[R])) swap(L + 1, R);
    if (gt(arr[L], arr[R])) swap(L, R);
    if (gt(arr[L + 1], arr[L])) swap(L + 1, L);
    let i = L + 1, j = R;
    const piv = arr[L];
    for (;;) {
      do i++; while (gt(piv, arr[i]));
      do j--; while (gt(arr[j], piv));
      if (j < i) break;
      swap(i, j);
    }
    swap(L, j);
    if (j <= k) L = i;
    if (j >= k) R = j - 1;
  }
}
const kthPick = (k: number): Pick => (lane) => {
  const arr = Float64Array.from(lane), idx = [...Array(lane.length).keys()];
  quickSelect(arr, idx, k - 1);
  return [arr[k - 1], idx[k - 1]];
};

// mode_kernel_impl: std::sort of (value, index) pairs comparing values only, then the first longest run of equal
// values wins and gives its last element's index.
const modePick: Pick = (lane) => {
  const n = lane.length;
  const order = [...Array(n).keys()];
  stdSort(order, 0, n, (i, j) => lane[i] < lane[j]);
  let mode = 0, modei = 0, freq = 0, maxFreq = 0;
  for (let i = 0; i < n; i++) {
    freq++;
    if (i === n - 1 || lane[order[i]] !== lane[order[i + 1]]) {
      if (freq > maxFreq) { mode = lane[order[i]]; modei = order[i]; maxFreq = freq; }
      freq = 0;
    }
  }
  return [mode, modei];
};

function laneOp(name: string, node: string, pick: (a: Record<string, unknown>) => Pick) {
  return defineOp({
    name, node, args: ['self'],
    forward: ([x], a) => {
      const r = reduceLanes(x, (a.dims as number[])[0], a.keepdim as boolean, pick(a));
      return { out: r.values, extra: { indices: r.indices } };
    },
    grads: { self: { saves: ['indices'], fn: selectingGrad } },
  });
}
const MEDIAN_DIM = laneOp('median', 'MedianBackward1', () => medianPick(false));
const NANMEDIAN_DIM = laneOp('nanmedian', 'NanmedianBackward1', () => medianPick(true));
const KTHVALUE = laneOp('kthvalue', 'KthvalueBackward0', (a) => kthPick(a.k as number));
const MODE = laneOp('mode', 'ModeBackward0', () => modePick);

// median_impl over all elements: std::nth_element on the values (NaN: torch.median returns NaN; nanmedian
// ignores them, and is NaN when all are). An empty input gives NaN.
function medianAllValue(x: Tensor, ignoreNan: boolean): number {
  const vals = Array.from(x.toArray());
  const n = vals.length;
  if (n === 0) return NaN;
  if (!ignoreNan && vals.some(isNaN_)) return NaN;
  let nth: number;
  let less: (a: number, b: number) => boolean;
  if (!ignoreNan) {
    nth = halfDown(n - 1);
    less = (a, b) => a < b;
  } else {
    nth = halfDown(n - vals.filter(isNaN_).length - 1);
    less = (a, b) => a < b || (isNaN_(b) && !isNaN_(a));
  }
  nthElement(vals, 0, nth, n, less);
  return vals[nth];
}
const allOp = (name: string, node: string, ignoreNan: boolean) => defineOp({
  name, node, args: ['self'],
  forward: ([x]) => fromValues([], Float64Array.of(medianAllValue(x, ignoreNan)), x.dtype),
  grads: { self: { saves: ['self', 'result'], fn: evenlyDistribute } },
});
const MEDIAN_ALL = allOp('median', 'MedianBackward0', false);
const NANMEDIAN_ALL = allOp('nanmedian', 'NanmedianBackward0', true);

/** The IndexError of a reduction over an empty dim that has no identity (zero_numel_check_dims). */
function checkReducedDim(x: Tensor, dim: number, fn: string): void {
  if (x.ndim > 0 && x.shape[dim] === 0) {
    throw new TorchError('IndexError', `${fn}: Expected reduction dim ${dim} to have non-zero size.`);
  }
}

/** torch.median(x) / torch.nanmedian(x) → a 0-d tensor; with a dim → [values, indices]. */
export function median(x: Tensor, dim?: number | null, keepdim = false, ignoreNan = false): Tensor | [Tensor, Tensor] {
  if (dim === undefined || dim === null) {
    checkDtype(x, 'median_cpu');
    return apply(ignoreNan ? NANMEDIAN_ALL : MEDIAN_ALL, [x], {});
  }
  const d = wrapDim(dim, x.ndim);
  checkDtype(x, 'median_out');
  checkReducedDim(x, d, 'median()');
  const r = applyOp(ignoreNan ? NANMEDIAN_DIM : MEDIAN_DIM, [x], { dims: [d], keepdim });
  return [r.out, (r.extra as { indices: Tensor }).indices];
}

/** torch.kthvalue: the k-th smallest (1-based) along dim, NaN counting as the largest. */
export function kthvalue(x: Tensor, k: number, dim = -1, keepdim = false): [Tensor, Tensor] {
  const d = wrapDim(dim, x.ndim);
  const size = x.ndim === 0 ? 1 : x.shape[d];
  if (!(k >= 1 && k <= size)) throw new TorchError('RuntimeError', `kthvalue(): selected number k out of range for dimension ${d}`);
  checkDtype(x, 'kthvalue_cpu');
  const r = applyOp(KTHVALUE, [x], { dims: [d], keepdim, k });
  return [r.out, (r.extra as { indices: Tensor }).indices];
}

/** torch.mode: the most frequent value along dim (the smallest of equally frequent ones) and its last index. */
export function mode(x: Tensor, dim = -1, keepdim = false): [Tensor, Tensor] {
  const d = wrapDim(dim, x.ndim);
  checkReducedDim(x, d, 'mode()');
  const r = applyOp(MODE, [x], { dims: [d], keepdim });
  return [r.out, (r.extra as { indices: Tensor }).indices];
}

