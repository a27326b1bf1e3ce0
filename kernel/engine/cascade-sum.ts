// Float sums (and nansum) as PyTorch 1.13's CPU computes them, bit for bit. The kernel (wasm sum.ts) runs ATen's
// cascade_sum loop; this file feeds it as TensorIterator does:
// - the layout of TensorIterator::reduce_op(result, x): the result viewed with x's dims (stride 0 on the reduced
//   ones), dims sorted fastest first with the reduced dims in front (reorder_dimensions), then adjacent dims merged
//   where both operands allow (coalesce_dimensions); the kernel walks it like serial_for_each, two dims per call;
// - the split of TensorIterator::parallel_reduce (aten/src/ATen/TensorIteratorReduce.cpp) for
//   torch.get_num_threads() threads with OpenMP's at::parallel_for: below GRAIN_SIZE elements or on one thread, one
//   serial walk; a reduction to one element in two passes (thread t sums the t-th of equal chunks of the elements
//   into buffer[t], then the buffer of get_num_threads() partial sums is summed); any other reduction split along a
//   kept dim (find_split_dim), the splits rounded to 128 bytes when that dim is contiguous.
// So the result depends on the thread setting as PyTorch's does: with the same number of threads on both sides the
// bits agree. The parts themselves may run on fewer helper threads than that number (the bits do not change).
import { DType, itemSize } from './dtype';
import { MIN_PARALLEL_REDUCE } from './parallel';
import { numel, sortDims } from './shape';
import { metaOf, numThreads, runPart, runParts, threadsFor, type Part } from './thread-pool';
import { allocBytes, checkScratch, mem, wasm, writeMetaAt } from './wasm';

/** at::internal::GRAIN_SIZE: fewer elements than this are summed on one thread. */
export const GRAIN_SIZE = 32768;

/** Most pieces handed to the helper threads at once (their board holds 256 parts). */
const BATCH = 64;

/** A reduction's iterator: shape (dim 0 fastest) and element strides of the output (0 on reduced dims) and input. */
export interface ReductionLayout { shape: number[]; out: number[]; inp: number[] }

/** Contiguous strides as c10 computes them (a size-0 or size-1 dim counts as 1 for the dims before it). */
function contiguousStrides(shape: readonly number[]): number[] {
  const st = new Array<number>(shape.length);
  let s = 1;
  for (let i = shape.length - 1; i >= 0; i--) { st[i] = s; s *= Math.max(shape[i], 1); }
  return st;
}

/**
 * The iterator of TensorIterator::reduce_op for a contiguous result of x's reduction over the dims marked in
 * `reduced` (with keepdim, the result keeps them as size 1).
 */
export function reductionLayout(shape: readonly number[], strides: readonly number[], reduced: readonly boolean[], keepdim: boolean): ReductionLayout {
  const nd = shape.length;
  // review_reduce_result: the result's strides with x's dims (keepdim: its own; else 0 inserted at reduced dims)
  const kept = shape.filter((_, d) => !reduced[d]);
  const keptStrides = contiguousStrides(keepdim ? shape.map((s, d) => (reduced[d] ? 1 : s)) : kept);
  const viewed: number[] = [];
  for (let d = 0, k = 0; d < nd; d++) {
    if (keepdim) viewed.push(keptStrides[d]);
    else viewed.push(reduced[d] ? 0 : keptStrides[k++]);
  }
  // compute_strides: a dim the result broadcasts along (size 1 there, bigger in x) gets stride 0
  const out = viewed.map((s, d) => (reduced[d] && shape[d] !== 1 ? 0 : s));
  const inp = strides.slice();
  if (nd === 0) return { shape: [], out: [], inp: [] };
  // reorder_dimensions: 1 when d0 should come after d1, -1 before, 0 when no operand can tell
  const rank = (st: readonly number[], d0: number, d1: number, output: boolean): number | null => {
    const s0 = st[d0], s1 = st[d1];
    if (output && (s0 === 0) !== (s1 === 0)) return s1 === 0 ? 1 : -1;   // reduced dims first
    if (s0 === 0 || s1 === 0) return null;
    if (s0 !== s1) return s0 < s1 ? -1 : 1;
    return shape[d0] > shape[d1] ? 1 : null;
  };
  const perm = nd === 1 ? [0] : sortDims(nd, (d0, d1) => rank(out, d0, d1, true) ?? rank(inp, d0, d1, false) ?? 0);
  const sh = perm.map((d) => shape[d]), o = perm.map((d) => out[d]), q = perm.map((d) => inp[d]);
  // coalesce_dimensions
  let prev = 0;
  for (let d = 1; d < nd; d++) {
    if (sh[prev] === 1 || sh[d] === 1 || (sh[prev] * o[prev] === o[d] && sh[prev] * q[prev] === q[d])) {
      if (sh[prev] === 1) { o[prev] = o[d]; q[prev] = q[d]; }
      sh[prev] *= sh[d];
    } else {
      prev++;
      if (prev !== d) { o[prev] = o[d]; q[prev] = q[d]; sh[prev] = sh[d]; }
    }
  }
  return { shape: sh.slice(0, prev + 1), out: o.slice(0, prev + 1), inp: q.slice(0, prev + 1) };
}

/**
 * TensorIterator's parallel_dim_reduction for T threads: the outermost kept dim with at least T elements (else the
 * largest kept dim), cut into T ranges (at::parallel_for with grain 1), each rounded down to 128 bytes when that dim
 * is contiguous (`sz`: bytes per element); empty ranges are left out.
 */
export function splitAlongKeptDim(layout: ReductionLayout, T: number, sz: number): { dim: number; ranges: [number, number][] } {
  const { shape } = layout, nd = shape.length;
  const isReduced = (d: number): boolean => layout.out[d] === 0 && shape[d] > 1;
  let best = nd - 1, dim = -1;
  for (let d = nd - 1; d >= 0 && !isReduced(d); d--) {
    if (shape[d] >= T) { dim = d; break; }
    if (shape[d] > shape[best]) best = d;
  }
  if (dim < 0) dim = best;
  const cols = shape[dim], round = layout.inp[dim] === 1 ? 128 / sz : 1;
  const nt = cols > 1 ? Math.min(T, cols) : 1, chunk = Math.ceil(cols / nt);
  const ranges: [number, number][] = [];
  for (let t = 0; t < nt && t * chunk < cols; t++) {
    let begin = t * chunk, end = Math.min(cols, begin + chunk);
    begin -= begin % round;
    if (end !== cols) end -= end % round;
    if (begin !== end) ranges.push([begin, end]);
  }
  return { dim, ranges };
}

/** One call of the kernel: elements [begin, end) of the iterator `shape` at these byte addresses. */
interface Piece { shape: number[]; out: number; inp: number; begin: number; end: number }

/**
 * out (its reduced elements zero) += the sum of x (at `inp`) laid out as `layout`, in PyTorch's order for
 * torch.get_num_threads() threads. dt: float32 or float64; nan: nansum (NaN counts as 0).
 */
export function cascadeSum(dt: DType, nan: boolean, layout: ReductionLayout, out: number, inp: number, outNumel: number): void {
  reduceIterator(dt, nan ? 'nansum' : 'sum', layout, out, inp, outNumel);
}

/**
 * out (its reduced elements at the identity: 0 for the sums, 1 for prod) (op)= x laid out as `layout`, split as
 * TensorIterator::parallel_reduce splits it for torch.get_num_threads() threads (the kernels: sum.ts's cascade
 * sum, prodnorm.ts's binary_kernel_reduce_vec loop for prod).
 */
export function reduceIterator(dt: DType, op: 'sum' | 'nansum' | 'prod', layout: ReductionLayout, out: number, inp: number, outNumel: number): void {
  const n = numel(layout.shape), T = numThreads(), sz = itemSize(dt);
  const code = dt === 'float32' ? 2 : 3, flag = op === 'nansum' ? 1 : 0;
  const args = (p: Piece, m: number): number[] => (op === 'prod'
    ? [code, p.shape.length, m, p.out, p.inp, p.begin, p.end]
    : [code, flag, p.shape.length, m, p.out, p.inp, p.begin, p.end]);
  const fn = op === 'prod' ? 'prod' : 'sum';
  const run = (pieces: Piece[], sl: ReductionLayout): void => {
    const threads = Math.min(threadsFor(n, MIN_PARALLEL_REDUCE), pieces.length);
    if (threads <= 1) {
      for (const p of pieces) {
        const m = writeMetaAt(wasm().meta(), p.shape, sl.out, sl.inp);
        checkScratch(runPart({ fn, args: args(p, m) }));
      }
      return;
    }
    for (let first = 0; first < pieces.length; first += BATCH) {   // more pieces than that only past 64 threads
      const parts: Part[] = pieces.slice(first, first + BATCH).map((p, i) => ({ fn, args: args(p, writeMetaAt(metaOf(i), p.shape, sl.out, sl.inp)) }));
      for (const r of runParts(parts, threads)) checkScratch(r);
    }
  };
  if (n < GRAIN_SIZE || T === 1) { run([{ shape: layout.shape, out, inp, begin: 0, end: n }], layout); return; }
  if (outNumel === 1) {
    // two_pass_reduction: chunks of the elements (at::parallel_for with GRAIN_SIZE), each into its own slot of a
    // buffer of T zeros; then the buffer summed into out
    const nt = n > GRAIN_SIZE ? Math.min(T, Math.ceil(n / GRAIN_SIZE)) : 1;
    const chunk = Math.ceil(n / nt);
    const buf = allocBytes(T * sz);
    try {
      if (op !== 'prod') mem().u8.fill(0, buf, buf + T * sz);
      else if (dt === 'float32') mem().f32.fill(1, buf >>> 2, (buf >>> 2) + T);
      else mem().f64.fill(1, buf >>> 3, (buf >>> 3) + T);
      const pieces: Piece[] = [];
      for (let t = 0; t < nt && t * chunk < n; t++) pieces.push({ shape: layout.shape, out: buf + t * sz, inp, begin: t * chunk, end: Math.min(n, (t + 1) * chunk) });
      run(pieces, layout);
      const second: ReductionLayout = { shape: [T], out: [0], inp: [1] };
      run([{ shape: second.shape, out, inp: buf, begin: 0, end: T }], second);
    } finally {
      wasm().free(buf);
    }
    return;
  }
  const { dim, ranges } = splitAlongKeptDim(layout, T, sz);
  const pieces: Piece[] = ranges.map(([begin, end]) => {
    const sub = layout.shape.slice();
    sub[dim] = end - begin;
    return { shape: sub, out: out + begin * layout.out[dim] * sz, inp: inp + begin * layout.inp[dim] * sz, begin: 0, end: numel(sub) };
  });
  run(pieces, layout);
}
