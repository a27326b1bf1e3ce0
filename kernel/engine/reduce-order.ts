// Float reductions other than sum (norm, prod) and softmax / log_softmax with their backward, in PyTorch 1.13.1's
// CPU order, bit for bit; the loops run in the wasm kernel (prodnorm.ts, softmaxdim.ts, softmaxback.ts, normk.ts),
// this file lays the work out and splits it among the threads:
// - vector norms: ATen's norm_kernel_tensor_iterator_impl (ReduceOpsKernel.cpp) with SharedReduceOps.h's
//   NormZero/NormOne/NormTwo/AbsMax/AbsMin/NormOps through binary_kernel_reduce (Reduce.h): each output's elements
//   one after another in TensorIterator::reduce_op's order (cascade-sum.ts reductionLayout), the accumulator in the
//   dtype (float32 for float32), NormTwo's acc + x·x fused as GCC compiles the AVX2 kernel; a reduction to one
//   element of at least GRAIN_SIZE elements split into get_num_threads() chunks whose accumulators are combined in
//   thread order. float32 p = 2 over one contiguous reduced dim takes the vectorised lastdim path: 8 lanes
//   accumulated with FMA, added lane 0 to the last, then the tail (measured: float64 never takes this path).
// - prod: binary_kernel_reduce_vec through TensorIterator::parallel_reduce (the pieces of cascade-sum.ts), its
//   2-d loop's three cases (contiguous rows: four Vecs of lanes then the lanes in order and a scalar tail;
//   contiguous columns: 32 or 16 columns at a time down the rows, then times the output; else one by one).
// - softmax / log_softmax along a dim that is not the last, and the backward of both along any dim (see there).
import { GRAIN_SIZE, reduceIterator, reductionLayout } from './cascade-sum';
import { runRows } from './parallel';
import { numel } from './shape';
import { MIN_PARALLEL_ELEMENTS, MIN_PARALLEL_REDUCE } from './parallel';
import { metaOf, numThreads, partsFor, runParts, threadsFor, type Part } from './thread-pool';
import { Tensor } from './tensor';
import { allocBytes, checkInterrupt, checkScratch, mem, wasm, writeMetaAt } from './wasm';

/**
 * The kernels poll the interrupt flag themselves; the float32 2-norm's rows (one call each) are counted here and the
 * flag looked at about every POLL elements (an interrupted op throws KernelInterrupt; the caller frees its output).
 */
const POLL = 1 << 18;
/** Elements per call of the last-dim softmax backward (the interrupt is looked at between calls). */
const CHUNK = 1 << 20;
let polled = 0;
function tick(n: number): void {
  polled += n;
  if (polled >= POLL) { polled = 0; checkInterrupt(); }
}

const fr = Math.fround;
const id = (v: number): number => v;

/** Offsets (elements) of a sub-iterator's elements in serial_for_each order (dim 0 fastest). */
function offsetsOf(shape: readonly number[], strides: readonly number[]): Int32Array | Float64Array {
  const n = numel(shape);
  const r = n < 2 ** 31 ? new Int32Array(n) : new Float64Array(n);
  const idx = new Array<number>(shape.length).fill(0);
  let off = 0;
  for (let i = 0; i < n; i++) {
    r[i] = off;
    for (let d = 0; d < shape.length; d++) {
      if (++idx[d] < shape[d]) { off += strides[d]; break; }
      off -= (shape[d] - 1) * strides[d];
      idx[d] = 0;
    }
  }
  return r;
}

/** How the per-thread accumulators of a norm to one element meet (in thread order) and become the norm. */
interface NormOps { init: number; combine: (a: number, b: number) => number; project: (a: number) => number }

const maxOp = (a: number, b: number): number => (Number.isNaN(a) ? a : Number.isNaN(b) ? b : Math.max(a, b));
const minOp = (a: number, b: number): number => (Number.isNaN(a) ? a : Number.isNaN(b) ? b : Math.min(a, b));

function normOps(ord: number, f32: boolean): NormOps {
  const R = f32 ? fr : id;
  const add = (a: number, b: number): number => R(a + b);
  if (ord === 2) return { init: 0, combine: add, project: (a) => R(Math.sqrt(a)) };
  if (ord === Infinity) return { init: 0, combine: maxOp, project: id };
  if (ord === -Infinity) return { init: Infinity, combine: minOp, project: id };
  if (ord === 0 || ord === 1) return { init: 0, combine: add, project: id };
  const inv = R(1 / ord), w = wasm(), single = f32 ? 1 : 0;
  return { init: 0, combine: add, project: (a) => w.powLibm(a, inv, single) };   // std::pow
}

/** The norm kernels' kind of an ord (prodnorm.ts). */
function normKind(ord: number): number {
  return ord === 0 ? 0 : ord === 1 ? 1 : ord === 2 ? 2 : ord === Infinity ? 3 : ord === -Infinity ? 4 : 5;
}

/**
 * linalg_vector_norm of a float32/float64 x over the dims marked in `reduced` (PyTorch 1.13.1's bits for the
 * current thread setting) into `out`, the contiguous result (x's dtype), in the wasm kernels (prodnorm.ts; the
 * float32 2-norm along a contiguous dim: normk.ts's lastdim kernel).
 */
export function vectorNormInto(x: Tensor, ordArg: number, reduced: boolean[], keepdim: boolean, out: Tensor): void {
  // norm_kernel_tensor_iterator_impl takes the order as a float (`float val = p`), for double inputs too
  const ord = fr(ordArg);
  const f32 = x.dtype === 'float32', R = f32 ? fr : id, sz = x.itemsize, dt = f32 ? 2 : 3;
  const L = reductionLayout(x.shape, x.strides, reduced, keepdim);
  // the layout's reduced dims (in front; r of them, nr elements per output) and kept dims
  let r = 0;
  while (r < L.shape.length && L.out[r] === 0) r++;
  const nr = numel(L.shape.slice(0, r)), outN = numel(L.shape.slice(r));
  const base = x.storage.ptr + x.offset * sz, ob = out.storage.ptr + out.offset * sz;
  if (ord === 2 && f32 && r === 1 && L.inp[0] === 1) {
    // binary_kernel_reduce_lastdim with norm_two_reduce_step: the wasm kernel, one row per output
    const keptIn = offsetsOf(L.shape.slice(r), L.inp.slice(r)), keptOut = offsetsOf(L.shape.slice(r), L.out.slice(r));
    const w = wasm(), o = mem().f32, o0 = ob >>> 2;
    for (let i = 0; i < outN; i++) {
      o[o0 + keptOut[i]] = Math.sqrt(w.normTwoLastdimF32(base + keptIn[i] * 4, nr));
      tick(nr);
    }
    return;
  }
  const kind = normKind(ord), p = ord, inv = R(1 / p);
  const shR = L.shape.slice(0, r), inR = L.inp.slice(0, r), shK = L.shape.slice(r), inK = L.inp.slice(r), outK = L.out.slice(r);
  const T = numThreads();
  if (outN === 1 && nr >= GRAIN_SIZE && T > 1) {
    // a reduction to one element: get_num_threads() chunks, their accumulators combined in thread order
    const ops = normOps(ord, f32);
    const nt = Math.min(T, Math.ceil(nr / GRAIN_SIZE)), chunk = Math.ceil(nr / nt);
    const buf = allocBytes(nt * 8);
    try {
      const parts: Part[] = [];
      for (let t = 0; t < nt && t * chunk < nr; t++) {
        parts.push({ fn: 'normChunk', args: [dt, kind, r, writeMetaAt(metaOf(t), [...shR, ...inR]), base, t * chunk, Math.min(nr, (t + 1) * chunk), p, buf + t * 8] });
      }
      for (const res of runParts(parts, Math.min(threadsFor(nr, MIN_PARALLEL_REDUCE), parts.length))) checkScratch(res);
      const v = mem().f64;
      let total = ops.init;
      for (let t = 0; t < T; t++) total = ops.combine(total, t < parts.length ? v[(buf >>> 3) + t] : ops.init);
      const res = ops.project(total);
      if (f32) mem().f32[ob >>> 2] = res; else mem().f64[ob >>> 3] = res;
    } finally {
      wasm().free(buf);
    }
    return;
  }
  // every output alone (its elements in order): outputs split among the threads
  const threads = threadsFor(outN * nr, MIN_PARALLEL_REDUCE);
  const count = threads > 1 ? Math.min(outN, partsFor(outN * nr, threads, MIN_PARALLEL_REDUCE)) : 1;
  const per = Math.ceil(outN / count), parts: Part[] = [];
  for (let i = 0, o = 0; o < outN; i++, o += per) {
    const m = writeMetaAt(metaOf(i), [...shR, ...inR, ...shK, ...inK, ...outK]);
    parts.push({ fn: 'normOutputs', args: [dt, kind, r, shK.length, m, base, ob, o, Math.min(outN, o + per), nr, p, inv] });
  }
  for (const res of runParts(parts, Math.min(threads, parts.length))) checkScratch(res);
}

/**
 * softmax / log_softmax of a contiguous float32/float64 x along a dim that is not its last, as PyTorch 1.13.1's
 * CPU kernels (SoftMaxKernel.cpp), into the contiguous `out` (same shape and dtype), in the wasm kernel
 * (kernel/wasm/assembly/softmaxdim.ts):
 * - softmax: _vec_softmax over [outer, dim, inner], the outer·inner positions split among get_num_threads()
 *   threads in ranges of at least GRAIN_SIZE / dim; in a range, 8 (float) or 4 (double) neighbouring inner
 *   positions at a time as a Vectorized<T> (max, exp(x - max) by Sleef, stored and summed in T, then each divided
 *   by the sum) while they fit in the row and the range, the others one at a time the same way with std::exp;
 * - log_softmax: _vec_log_softmax over chunks of the inner positions: the lanes take Sleef's exp, the last
 *   inner % lanes positions std::exp; sums in T; the log of every sum by Sleef; then (x - max) - log(sum).
 */
export function softmaxAlongDim(x: Tensor, dim: number, log: boolean, out: Tensor): void {
  const f32 = x.dtype === 'float32', single = f32 ? 1 : 0, sz = x.itemsize;
  const D = x.shape[dim], inner = numel(x.shape.slice(dim + 1)), outer = numel(x.shape.slice(0, dim));
  const xp = x.storage.ptr + x.offset * sz, op = out.storage.ptr + out.offset * sz;
  if (log) { columnParts(0, single, xp, 0, op, D, inner, outer); return; }
  // at::parallel_for(0, outer·inner, GRAIN_SIZE / dim): a range per thread, each one part (the range decides
  // which positions take the vector path)
  const N = outer * inner, T = numThreads(), grain = Math.max(1, Math.floor(GRAIN_SIZE / D));
  const nt = T > 1 && N > grain ? Math.min(T, Math.ceil(N / grain)) : 1, chunk = Math.ceil(N / nt);
  const parts: Part[] = [];
  for (let t = 0; t < nt && t * chunk < N; t++) parts.push({ fn: 'softmaxDimRange', args: [single, xp, op, D, inner, t * chunk, Math.min(N, (t + 1) * chunk)] });
  for (const r of runParts(parts, Math.min(threadsFor(N * D, MIN_PARALLEL_ELEMENTS), parts.length))) checkScratch(r);
}

/**
 * The column kernels (softmaxdim.ts: op 0 log_softmax, 1 softmax's backward, 2 log_softmax's) over a contiguous
 * [outer, D, inner] block, split among the threads by rows, or when there are too few rows by runs of columns
 * (multiples of 16, so that every column takes the same path whatever the split).
 */
function columnParts(op: number, single: number, a: number, b: number, o: number, D: number, inner: number, outer: number): void {
  const work = outer * inner * D, threads = threadsFor(work, MIN_PARALLEL_ELEMENTS);
  const count = threads > 1 ? partsFor(work, threads, MIN_PARALLEL_ELEMENTS) : 1;
  const parts: Part[] = [];
  const part = (q0: number, q1: number, i0: number, i1: number): void => { parts.push({ fn: 'softmaxDimColumns', args: [single, op, a, b, o, D, inner, q0, q1, i0, i1] }); };
  if (count <= 1) part(0, outer, 0, inner);
  else if (outer >= count) {
    const per = Math.ceil(outer / count);
    for (let q = 0; q < outer; q += per) part(q, Math.min(outer, q + per), 0, inner);
  } else {
    const per = Math.max(16, Math.ceil(inner / Math.ceil(count / outer) / 16) * 16);
    for (let q = 0; q < outer; q++) for (let i = 0; i < inner; i += per) part(q, q + 1, i, Math.min(inner, i + per));
  }
  for (let first = 0; first < parts.length; first += 256) {
    const batch = parts.slice(first, first + 256);
    for (const r of runParts(batch, Math.min(threads, batch.length))) checkScratch(r);
  }
}

/**
 * prod of a float32/float64 x over the dims marked in `reduced` into `out`, the contiguous result (x's dtype, all
 * ones beforehand): binary_kernel_reduce_vec through TensorIterator::parallel_reduce (cascade-sum.ts splits it as
 * for the sums; prodnorm.ts's 2-d loop).
 */
export function prodInto(x: Tensor, reduced: boolean[], keepdim: boolean, out: Tensor): void {
  if (x.numel() === 0) return;
  const L = reductionLayout(x.shape, x.strides, reduced, keepdim);
  reduceIterator(x.dtype, 'prod', L, out.storage.ptr + out.offset * out.itemsize, x.storage.ptr + x.offset * x.itemsize, out.numel());
}

/**
 * grad_input of softmax (log = false) or log_softmax (log = true) from contiguous float32/float64 grad_output g and
 * output y along `dim`, into the contiguous `out`, as PyTorch 1.13.1's CPU kernels round (measured), in the wasm
 * kernels (softmaxback.ts along the last dim, softmaxdim.ts along another):
 * - softmax: Σ g·y along dim with each step fused (fma), then (g - Σ)·y; along the last dim the sum runs in
 *   Vectorized<T> lanes (vec::map2_reduce_all) and is reduced as vec_reduce_all does;
 * - log_softmax: Σ g (lanes as above along the last dim, in order elsewhere), then g - exp(y)·Σ fused, exp by Sleef
 *   (along another dim, std::exp for the last inner % lanes positions).
 */
export function softmaxBackwardAlongDim(g: Tensor, y: Tensor, dim: number, log: boolean, out: Tensor): void {
  const f32 = y.dtype === 'float32', single = f32 ? 1 : 0, sz = y.itemsize;
  const D = y.shape[dim], inner = numel(y.shape.slice(dim + 1)), outer = numel(y.shape.slice(0, dim));
  const gp = g.storage.ptr + g.offset * sz, yp = y.storage.ptr + y.offset * sz, op = out.storage.ptr + out.offset * sz;
  if (inner === 1) {
    // the last dim (softmaxback.ts), in pieces of rows with the interrupt looked at between them; float32 rows of
    // 8+ are shared with the helper threads (each row computed alone: the same bits on any split)
    const step = Math.max(1, Math.floor(CHUNK / Math.max(D, 1))), w = wasm();
    for (let r = 0; r < outer; r += step) {
      if (r > 0) checkInterrupt();
      const off = r * D * sz, n = Math.min(step, outer - r);
      if (f32 && D >= 8) {
        runRows(n, D, (first, count) => ({ fn: 'softmaxBackwardRowsF32', args: [log ? 1 : 0, gp + off + first * D * 4, yp + off + first * D * 4, op + off + first * D * 4, count, D] }));
      } else {
        w.softmaxBackwardLastdim(single, log ? 1 : 0, gp + off, yp + off, op + off, n, D);
      }
    }
    return;
  }
  columnParts(log ? 2 : 1, single, gp, yp, op, D, inner, outer);
}
