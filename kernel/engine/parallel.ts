// Elementwise ops, reductions and softmax split across the helper threads (thread-pool.ts) when they are big
// enough; kernels.ts calls these for every piece of work it hands the kernel. How each is split keeps the result
// bit-for-bit the same whatever the thread count:
// - a strided walk (unary, binary, compare, where, copy) along the outer dim of its coalesced shape: every element
//   is computed alone;
// - a reduction over [outer, n, inner] by whole outer rows; softmax by rows;
// - a full float var of one long run in fixed pieces of SUM_PIECE elements, whose f64 partial sums are added
//   in order on the calling thread (also on one thread), and max/min in ranges (order does not matter).
// Float sums are split as PyTorch splits them (cascade-sum.ts): their last bits follow the thread count.
import { numel } from './shape';
import { metaOf, partsFor, runPart, runParts, threadsFor, type Part } from './thread-pool';
import { allocBytes, checkInterrupt, mem, wasm, writeMetaAt } from './wasm';

/**
 * Fewest elements worth giving a thread: below 2× this an op runs on the calling thread (bench/crossover.ts: at
 * 64 Ki elements two threads gave 0.9-1.0x, from 128 Ki mostly 1.2-1.7x).
 */
export const MIN_PARALLEL_ELEMENTS = 1 << 16;

/**
 * The same for reductions, which do less per element (a sum reads a float and adds it): measured 0.85-0.95× at
 * 2^17-2^18 elements on two threads, 1.2× from 2^20.
 */
export const MIN_PARALLEL_REDUCE = 1 << 18;

/** Elements per piece of a long full sum (its f64 partial sums are added in order). */
export const SUM_PIECE = 1 << 18;

/**
 * Fewest elements in one part of a split op. Parts of 16 Ki made memory-bound ops on 128-256 Ki elements slower
 * on two threads than on one (0.8x: each core's prefetcher restarts at every part); 64 Ki gives 1.2-1.5x there
 * (bench/crossover.ts).
 */
const MIN_PART = 1 << 16;

/** Elements a one-row walk's parts are multiples of (a multiple of the widest SIMD step of any kernel: exp's 32 floats). */
const ALIGN = 64;

/** Builds the kernel call for a part of a walk: ndim and meta block of its shape, and its operands' byte offsets. */
export type WalkCall = (ndim: number, meta: number, byteOffsets: number[]) => Part;

/**
 * Runs one piece of a coalesced walk (`shape`, operands' element stride rows `strides`, `sizes` bytes per element,
 * byte offsets `base`), split along its outer dim when it is big enough.
 */
export function runWalk(shape: number[], strides: number[][], sizes: readonly number[], base: number[], build: WalkCall): void {
  const n = numel(shape);
  const threads = Math.min(threadsFor(n, MIN_PARALLEL_ELEMENTS), shape[0]);
  if (threads <= 1) { runPart(build(shape.length, writeMetaAt(metaOf(0), shape, ...strides), base)); return; }
  // A single row splits at multiples of ALIGN elements, so that every element lands at the same place within
  // the kernel's SIMD blocks and scalar tail as on one thread (exp's SIMD and scalar paths may round differently).
  const count = Math.min(partsFor(n, threads, MIN_PART), shape[0]);
  const per = shape.length === 1 ? Math.ceil(shape[0] / count / ALIGN) * ALIGN : Math.ceil(shape[0] / count);
  const parts: Part[] = [];
  for (let i = 0, s = 0; s < shape[0]; i++, s += per) {
    const part = [Math.min(per, shape[0] - s), ...shape.slice(1)];
    parts.push(build(part.length, writeMetaAt(metaOf(i), part, ...strides), base.map((b, k) => b + s * strides[k][0] * sizes[k])));
  }
  runParts(parts, threads);
}

/**
 * Rows [0, rows) of a row-wise kernel (a reduction over [rows, n, inner] blocks, softmax over [rows, n]) where
 * `rowWork` elements make one row; `part(first, count)` builds the call for a run of rows.
 */
export function runRows(rows: number, rowWork: number, part: (first: number, count: number) => Part, minPerThread = MIN_PARALLEL_ELEMENTS): void {
  const threads = Math.min(threadsFor(rows * rowWork, minPerThread), rows);
  if (threads <= 1) { runPart(part(0, rows)); return; }
  const per = Math.ceil(rows / Math.min(partsFor(rows * rowWork, threads, MIN_PART), rows));
  const parts: Part[] = [];
  for (let s = 0; s < rows; s += per) parts.push(part(s, Math.min(per, rows - s)));
  runParts(parts, threads);
}

/**
 * Σ x (or Σ (x - mean)² when `sq`) of n contiguous floats at `src` (dt: the kernel's float32/float64 code), in
 * f64: pieces of SUM_PIECE elements, their partial sums added in order; the pieces are shared among the threads,
 * and the interrupt is looked at between rounds of about CHUNK elements per thread.
 */
export function longSum(dt: number, src: number, n: number, sq: boolean, mean: number, chunk: number): number {
  const pieces = Math.ceil(n / SUM_PIECE);
  const buf = allocBytes(pieces * 8);
  try {
    const perRound = Math.max(1, Math.floor(chunk / SUM_PIECE));
    for (let first = 0; first < pieces;) {
      if (first > 0) checkInterrupt();
      const threads = Math.min(threadsFor((pieces - first) * SUM_PIECE, MIN_PARALLEL_REDUCE), pieces - first);
      const count = Math.min(pieces - first, perRound * threads);
      const parts: Part[] = [];
      for (let i = first; i < first + count; i++) parts.push({ fn: 'partialSums', args: [dt, src, n, SUM_PIECE, i, 1, buf + i * 8, sq ? 1 : 0, mean] });
      runParts(parts, threads);
      first += count;
    }
    const v = mem().f64;
    let total = 0;
    for (let i = 0; i < pieces; i++) total += v[(buf >>> 3) + i];
    return total;
  } finally {
    wasm().free(buf);
  }
}
