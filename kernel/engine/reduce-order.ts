// Float reductions other than sum (norm, prod) in PyTorch 1.13.1's CPU order, bit for bit, on the host:
// - vector norms: ATen's norm_kernel_tensor_iterator_impl (ReduceOpsKernel.cpp) with SharedReduceOps.h's
//   NormZero/NormOne/NormTwo/AbsMax/AbsMin/NormOps through binary_kernel_reduce (Reduce.h): each output's elements
//   one after another in TensorIterator::reduce_op's order (cascade-sum.ts reductionLayout), the accumulator in the
//   dtype (float32 for float32), NormTwo's acc + x·x fused as GCC compiles the AVX2 kernel; a reduction to one
//   element of at least GRAIN_SIZE elements split into get_num_threads() chunks whose accumulators are combined in
//   thread order. p = 2 over one contiguous reduced dim takes the vectorised lastdim path: Vectorized<T> lanes
//   (8 float / 4 double) accumulated with FMA, added lane 0 to the last, then the tail unfused.
// - prod: binary_kernel_reduce_vec through TensorIterator::parallel_reduce (the pieces of cascade-sum.ts), its
//   2-d loop's three cases (contiguous rows: four Vecs of lanes then the lanes in order and a scalar tail;
//   contiguous columns: 32 or 16 columns at a time down the rows, then times the output; else one by one).
import { fma32, fma64 } from './random_math';
import { GRAIN_SIZE, reductionLayout, type ReductionLayout } from './cascade-sum';
import { numel } from './shape';
import { numThreads } from './thread-pool';
import { Tensor } from './tensor';
import { mem, wasm } from './wasm';

const wasmMath = wasm;

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

/** The layout's reduced dims (in front) and kept dims. */
function split(L: ReductionLayout): { r: number; red: Int32Array | Float64Array; keptIn: Int32Array | Float64Array; keptOut: Int32Array | Float64Array } {
  let r = 0;
  while (r < L.shape.length && L.out[r] === 0) r++;
  return {
    r,
    red: offsetsOf(L.shape.slice(0, r), L.inp.slice(0, r)),
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
  const p = R(ord), inv = R(1 / p);
  return { init: 0, reduce: (a, v) => R(a + R(Math.abs(v) ** p)), combine: add, project: (a) => R(a ** inv) };
}

/**
 * linalg_vector_norm of a float32/float64 x over the dims marked in `reduced` (PyTorch 1.13.1's bits for the
 * current thread setting): the values of the contiguous result, in its order.
 */
export function vectorNormOrdered(x: Tensor, ord: number, reduced: boolean[], keepdim: boolean): Float64Array {
  const f32 = x.dtype === 'float32', R = f32 ? fr : id;
  const L = reductionLayout(x.shape, x.strides, reduced, keepdim);
  const { r, red, keptIn, keptOut } = split(L);
  const { a, base } = source(x);
  const outN = keptOut.length, nr = red.length;
  const res = new Float64Array(outN);
  if (ord === 2 && r === 1 && L.inp[0] === 1) {
    // binary_kernel_reduce_lastdim with norm_two_reduce_step
    const lanes = f32 ? 8 : 4, fma = f32 ? fma32 : fma64;
    const acc = new Float64Array(lanes);
    for (let o = 0; o < outN; o++) {
      const p = base + keptIn[o];
      acc.fill(0);
      let d = 0;
      for (; d + lanes <= nr; d += lanes) for (let j = 0; j < lanes; j++) { const v = a[p + d + j]; acc[j] = fma(v, v, acc[j]); }
      let b = acc[0];
      for (let j = 1; j < lanes; j++) b = R(b + acc[j]);
      for (; d < nr; d++) { const v = a[p + d]; b = R(b + R(v * v)); }
      res[keptOut[o]] = R(Math.sqrt(b));
    }
    return res;
  }
  const ops = normOps(ord, f32);
  const body = (acc: number, p: number, begin: number, end: number): number => {
    for (let i = begin; i < end; i++) acc = ops.reduce(acc, a[p + red[i]]);
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
 * CPU kernels (SoftMaxKernel.cpp), into the contiguous `out` (same shape and dtype):
 * - softmax: _vec_softmax over [outer, dim, inner]: 8 (float) or 4 (double) neighbouring inner positions at a
 *   time as a Vectorized<T> (max, exp(x - max) by Sleef, stored and summed in T, then each divided by the sum)
 *   while they fit in the row, the last inner % lanes one at a time the same way with std::exp (measured: the
 *   bits do not depend on torch.get_num_threads());
 * - log_softmax: _vec_log_softmax over chunks of the inner positions: the lanes take Sleef's exp, the last
 *   inner % lanes positions std::exp; sums in T; the log of every sum by Sleef; then (x - max) - log(sum).
 */
export function softmaxAlongDim(x: Tensor, dim: number, log: boolean, out: Tensor): void {
  const f32 = x.dtype === 'float32', R = f32 ? fr : id;
  const D = x.shape[dim], inner = numel(x.shape.slice(dim + 1)), outer = numel(x.shape.slice(0, dim));
  const lanes = f32 ? 8 : 4;
  const w = wasmMath();
  const vexp = f32 ? (v: number) => w.softmaxMath(0, v) : (v: number) => w.softmaxMath(2, v);
  const sexp = f32 ? (v: number) => w.glibcF32(0, v) : (v: number) => w.softmaxMath(2, v);
  const vlog = f32 ? (v: number) => w.softmaxMath(1, v) : (v: number) => w.softmaxMath(3, v);
  const { a, base } = source(x);
  const o = source(out).a, ob = source(out).base;
  // one inner position (outer index q, inner index i): vec says which exp
  const column = (q: number, i: number, vec: boolean): void => {
    const p = q * D * inner + i;
    let mx = a[base + p];
    for (let d = 1; d < D; d++) {
      const v = a[base + p + d * inner];
      if (vec) mx = Number.isNaN(mx) || Number.isNaN(v) ? NaN : Math.max(mx, v);   // vec::maximum
      else mx = mx < v ? v : mx;                                                   // std::max
    }
    const ex = vec ? vexp : sexp;
    let sum = 0;
    if (log) {
      for (let d = 0; d < D; d++) sum = R(sum + ex(R(a[base + p + d * inner] - mx)));
      const lse = vlog(sum);
      for (let d = 0; d < D; d++) o[ob + p + d * inner] = R(R(a[base + p + d * inner] - mx) - lse);
    } else {
      for (let d = 0; d < D; d++) { const e = ex(R(a[base + p + d * inner] - mx)); o[ob + p + d * inner] = e; sum = R(sum + e); }
      for (let d = 0; d < D; d++) o[ob + p + d * inner] = R(o[ob + p + d * inner] / sum);
    }
  };
  const cut = inner - inner % lanes;
  for (let q = 0; q < outer; q++) for (let i = 0; i < inner; i++) column(q, i, i < cut);
}
