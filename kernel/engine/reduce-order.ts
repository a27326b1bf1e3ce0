// Float reductions other than sum (norm, prod) and softmax / log_softmax with their backward, in PyTorch 1.13.1's
// CPU order, bit for bit, on the host (the values through typed-array views of the wasm memory):
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
import { fma32, fma64 } from './random_math';
import { GRAIN_SIZE, reductionLayout, splitAlongKeptDim, type ReductionLayout } from './cascade-sum';
import { numel } from './shape';
import { MIN_PARALLEL_ELEMENTS } from './parallel';
import { numThreads, partsFor, runParts, threadsFor, type Part } from './thread-pool';
import { Tensor } from './tensor';
import { checkInterrupt, checkScratch, mem, wasm } from './wasm';

/**
 * These loops run on the host: they look at the interrupt flag about every POLL elements (an interrupted op throws
 * KernelInterrupt; what it wrote is a fresh output the caller frees), so a cell stops within milliseconds.
 */
const POLL = 1 << 18;
/** Elements per call of the last-dim softmax backward (the interrupt is looked at between calls). */
const CHUNK = 1 << 20;
let polled = 0;
function tick(n: number): void {
  polled += n;
  if (polled >= POLL) { polled = 0; checkInterrupt(); }
}

type Arr = Float32Array | Float64Array;
const fr = Math.fround;
const id = (v: number): number => v;

/** x's elements as a typed array and the element index of x's first element. */
function source(x: Tensor): { a: Arr; base: number } {
  const m = mem();
  return x.dtype === 'float32' ? { a: m.f32, base: (x.storage.ptr >> 2) + x.offset } : { a: m.f64, base: (x.storage.ptr >> 3) + x.offset };
}

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

/**
 * The layout's reduced dims (in front) and kept dims: how many reduced dims (r), how many elements each output
 * reduces (nr), the reduced elements' offsets (built on first use: a single reduced dim is a plain stride), and
 * the kept positions' input and output offsets.
 */
function split(L: ReductionLayout): { r: number; nr: number; red: () => Int32Array | Float64Array; keptIn: Int32Array | Float64Array; keptOut: Int32Array | Float64Array } {
  let r = 0;
  while (r < L.shape.length && L.out[r] === 0) r++;
  let red: Int32Array | Float64Array | null = null;
  return {
    r,
    nr: numel(L.shape.slice(0, r)),
    red: () => (red ??= offsetsOf(L.shape.slice(0, r), L.inp.slice(0, r))),
    keptIn: offsetsOf(L.shape.slice(r), L.inp.slice(r)),
    keptOut: offsetsOf(L.shape.slice(r), L.out.slice(r)),
  };
}

interface NormOps { init: number; reduce: (acc: number, v: number) => number; combine: (a: number, b: number) => number; project: (a: number) => number }

const maxOp = (a: number, b: number): number => (Number.isNaN(a) ? a : Number.isNaN(b) ? b : Math.max(a, b));
const minOp = (a: number, b: number): number => (Number.isNaN(a) ? a : Number.isNaN(b) ? b : Math.min(a, b));

function normOps(ord: number, f32: boolean): NormOps {
  const R = f32 ? fr : id;
  const add = (a: number, b: number): number => R(a + b);
  if (ord === 0) return { init: 0, reduce: (a, v) => R(a + (v === 0 ? 0 : 1)), combine: add, project: id };
  if (ord === 1) return { init: 0, reduce: (a, v) => R(a + Math.abs(v)), combine: add, project: id };
  if (ord === 2) {
    const fma = f32 ? fma32 : fma64;
    return { init: 0, reduce: (a, v) => fma(v, v, a), combine: add, project: (a) => R(Math.sqrt(a)) };
  }
  if (ord === Infinity) return { init: 0, reduce: (a, v) => maxOp(a, Math.abs(v)), combine: maxOp, project: id };
  if (ord === -Infinity) return { init: Infinity, reduce: (a, v) => minOp(a, Math.abs(v)), combine: minOp, project: id };
  const p = R(ord), inv = R(1 / p), w = wasm(), single = f32 ? 1 : 0;
  const pow = (a: number, b: number): number => w.powLibm(a, b, single);   // std::pow
  return { init: 0, reduce: (a, v) => R(a + pow(Math.abs(v), p)), combine: add, project: (a) => pow(a, inv) };
}

/**
 * linalg_vector_norm of a float32/float64 x over the dims marked in `reduced` (PyTorch 1.13.1's bits for the
 * current thread setting): the values of the contiguous result, in its order.
 */
export function vectorNormOrdered(x: Tensor, ord: number, reduced: boolean[], keepdim: boolean): Float64Array {
  const f32 = x.dtype === 'float32', R = f32 ? fr : id;
  const L = reductionLayout(x.shape, x.strides, reduced, keepdim);
  const { r, nr, red: offsets, keptIn, keptOut } = split(L);
  const { a, base } = source(x);
  const outN = keptOut.length;
  const res = new Float64Array(outN);
  if (ord === 2 && f32 && r === 1 && L.inp[0] === 1) {
    // binary_kernel_reduce_lastdim with norm_two_reduce_step: the wasm kernel, one row per output
    const w = wasm();
    for (let o = 0; o < outN; o++) {
      res[keptOut[o]] = R(Math.sqrt(w.normTwoLastdimF32((base + keptIn[o]) * 4, nr)));
      tick(nr);
    }
    return res;
  }
  const ops = normOps(ord, f32);
  // the 2-norm over one (coalesced) reduced dim: its fused sums of squares in the wasm kernel, element after element
  const stride = ord === 2 && r === 1 ? L.inp[0] : 0, w = wasm();
  const body = (acc: number, p: number, begin: number, end: number): number => {
    for (let c = begin; c < end; c += POLL) {
      const stop = Math.min(end, c + POLL);
      if (stride !== 0) acc = w.normTwoRun(f32 ? 2 : 3, (p + c * stride) * x.itemsize, stop - c, stride, acc);
      else { const red = offsets(); for (let i = c; i < stop; i++) acc = ops.reduce(acc, a[p + red[i]]); }
      tick(stop - c);
    }
    return acc;
  };
  const T = numThreads();
  if (outN === 1 && nr >= GRAIN_SIZE && T > 1) {
    const nt = Math.min(T, Math.ceil(nr / GRAIN_SIZE)), chunk = Math.ceil(nr / nt);
    const buf = new Array<number>(T).fill(ops.init);
    for (let t = 0; t < nt && t * chunk < nr; t++) buf[t] = body(ops.init, base + keptIn[0], t * chunk, Math.min(nr, (t + 1) * chunk));
    let total = ops.init;
    for (let t = 0; t < T; t++) total = ops.combine(total, buf[t]);
    res[keptOut[0]] = ops.project(total);
    return res;
  }
  for (let o = 0; o < outN; o++) res[keptOut[o]] = ops.project(body(ops.init, base + keptIn[o], 0, nr));
  return res;
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

type Loop2d = (out: Float64Array, o: number, i: number, os0: number, is0: number, os1: number, is1: number, size0: number, size1: number) => void;

/** serial_for_each over elements [begin, end) of a reduction layout, the 2-d loop on the largest steps possible. */
function serialForEach(L: ReductionLayout, out: Float64Array, oBase: number, iBase: number, begin: number, end: number, loop: Loop2d): void {
  const nd = L.shape.length;
  if (nd === 0) { loop(out, oBase, iBase, 0, 0, 0, 0, 1, 1); return; }
  const os0 = L.out[0], is0 = L.inp[0];
  if (nd === 1) { loop(out, oBase + begin * os0, iBase + begin * is0, os0, is0, 0, 0, end - begin, 1); return; }
  const os1 = L.out[1], is1 = L.inp[1], shape0 = L.shape[0], shape1 = L.shape[1];
  const v = new Array<number>(nd).fill(0);
  let lin = begin;
  for (let d = 0; d < nd; d++) { const n = L.shape[d]; if (n > 0) { v[d] = lin % n; lin = Math.floor(lin / n); } }
  let offset = begin;
  while (offset < end) {
    let po = oBase, pi = iBase;
    for (let d = 0; d < nd; d++) { po += v[d] * L.out[d]; pi += v[d] * L.inp[d]; }
    const step0 = Math.min(shape0 - v[0], end - offset);
    let step1 = 1;
    if (step0 === shape0) step1 = Math.min(shape1 - v[1], Math.floor((end - offset) / shape0));
    loop(out, po, pi, os0, is0, os1, is1, step0, step1);
    offset += step0 * step1;
    let overflow = step0, d = 0;
    if (step1 !== 1) { d = 1; overflow = step1; }
    for (; d < nd && overflow > 0; d++) {
      let u = v[d] + overflow;
      if (u >= L.shape[d]) { overflow = 1; u -= L.shape[d]; } else overflow = 0;
      v[d] = u;
    }
  }
}

/**
 * TensorIterator::parallel_reduce for get_num_threads() threads (as cascade-sum.ts): one serial walk, the
 * two-pass reduction to one element (per-thread slots starting at `ident`, then walked into the output), or the
 * split along a kept dim. `out` holds the output (contiguous, filled with ident).
 */
function parallelReduce(L: ReductionLayout, out: Float64Array, iBase: number, ident: number, sz: number, loop: Loop2d): void {
  const n = numel(L.shape), T = numThreads();
  const run = (lay: ReductionLayout, o: Float64Array, ob: number, ib: number, begin: number, end: number): void => serialForEach(lay, o, ob, ib, begin, end, loop);
  if (n < GRAIN_SIZE || T === 1) { run(L, out, 0, iBase, 0, n); return; }
  if (out.length === 1) {
    const nt = Math.min(T, Math.ceil(n / GRAIN_SIZE)), chunk = Math.ceil(n / nt);
    const buf = new Float64Array(T).fill(ident);
    for (let t = 0; t < nt && t * chunk < n; t++) run(L, buf, t, iBase, t * chunk, Math.min(n, (t + 1) * chunk));
    const prev = loopSource;
    loopSource = buf;
    try { serialForEach({ shape: [T], out: [0], inp: [1] }, out, 0, 0, 0, T, loop); } finally { loopSource = prev; }
    return;
  }
  const { dim, ranges } = splitAlongKeptDim(L, T, sz);
  for (const [begin, end] of ranges) {
    const sub = L.shape.slice();
    sub[dim] = end - begin;
    run({ shape: sub, out: L.out, inp: L.inp }, out, begin * L.out[dim], iBase + begin * L.inp[dim], 0, numel(sub));
  }
}
/** Where the 2-d loops read their input (x's elements, or the two-pass buffer). */
let loopSource: Arr | Float64Array = new Float64Array(0);

/** binary_kernel_reduce_vec's 2-d loop for out = out (op) in, op a product (`R` rounds to the dtype). */
function prodLoop(R: (v: number) => number, lanes: number): Loop2d {
  const vecN = 4 * lanes;
  const acc = new Float64Array(vecN);
  return (out, o, i, os0, is0, os1, is1, size0, size1) => {
    const a = loopSource;
    if (os0 === 0 && is0 === 1) {
      // vectorized_inner_reduction of each row
      for (let j = 0; j < size1; j++) {
        const oj = o + j * os1, ij = i + j * is1;
        const count = Math.floor(size0 / vecN);
        if (count > 0) {
          for (let k = 0; k < vecN; k++) acc[k] = a[ij + k];
          for (let r = 1; r < count; r++) {
            for (let k = 0; k < vecN; k++) acc[k] = R(acc[k] * a[ij + r * vecN + k]);
            if ((r & 0x1fff) === 0) tick(0x2000 * vecN);
          }
          for (let l = 0; l < lanes; l++) acc[l] = R(R(acc[l] * acc[lanes + l]) * R(acc[2 * lanes + l] * acc[3 * lanes + l]));
          let b = acc[0];
          for (let l = 1; l < lanes; l++) b = R(b * acc[l]);
          out[oj] = R(out[oj] * b);
        }
        for (let k = count * vecN; k < size0; k++) out[oj] = R(out[oj] * a[ij + k]);
        tick(size0 % vecN);
      }
    } else if (os0 === 0 && os1 === 1 && is1 === 1) {
      // vectorized_outer_reduction: vecN columns at a time down the rows, then times the output
      const groups = Math.floor(size1 / vecN);
      for (let g = 0; g < groups; g++) {
        const c = g * vecN;
        for (let k = 0; k < vecN; k++) acc[k] = a[i + c + k];
        for (let r = 1; r < size0; r++) for (let k = 0; k < vecN; k++) acc[k] = R(acc[k] * a[i + r * is0 + c + k]);
        for (let k = 0; k < vecN; k++) out[o + c + k] = R(acc[k] * out[o + c + k]);
        tick(size0 * vecN);
      }
      for (let c = groups * vecN; c < size1; c++) for (let r = 0; r < size0; r++) out[o + c] = R(out[o + c] * a[i + r * is0 + c]);
    } else {
      for (let j = 0; j < size1; j++) {
        for (let k = 0; k < size0; k++) out[o + j * os1 + k * os0] = R(out[o + j * os1 + k * os0] * a[i + j * is1 + k * is0]);
        tick(size0);
      }
    }
  };
}

/** prod of a float32/float64 x over the dims marked in `reduced`: the contiguous result's values (PyTorch's bits). */
export function prodOrdered(x: Tensor, reduced: boolean[], keepdim: boolean): Float64Array {
  const f32 = x.dtype === 'float32';
  const L = reductionLayout(x.shape, x.strides, reduced, keepdim);
  const outN = numel(keepdim ? x.shape.map((s, d) => (reduced[d] ? 1 : s)) : x.shape.filter((_, d) => !reduced[d]));
  const out = new Float64Array(outN).fill(1);
  if (x.numel() === 0) return out;
  const { a, base } = source(x);
  const prev = loopSource;
  loopSource = a;
  try {
    parallelReduce(L, out, base, 1, x.itemsize, prodLoop(f32 ? fr : id, f32 ? 8 : 4));
  } finally {
    loopSource = prev;
  }
  return out;
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
    // the last dim (softmaxback.ts), in pieces of rows with the interrupt looked at between them
    const step = Math.max(1, Math.floor(CHUNK / Math.max(D, 1))), w = wasm();
    for (let r = 0; r < outer; r += step) {
      if (r > 0) checkInterrupt();
      const off = r * D * sz;
      w.softmaxBackwardLastdim(single, log ? 1 : 0, gp + off, yp + off, op + off, Math.min(step, outer - r), D);
    }
    return;
  }
  columnParts(log ? 2 : 1, single, gp, yp, op, D, inner, outer);
}
