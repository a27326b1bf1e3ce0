// Matmul on the helper threads (thread-pool.ts): the calling thread cuts a product into row blocks (or column
// blocks when it is wide and short) that it and the helpers take in turn, and waits for them.
// Products under MIN_PARALLEL_FLOPS stay on the calling thread. Each element's sum runs in the same order however
// the product is split, so the result does not depend on the thread count.
import { partsFor, runParts, startHelpers, threadsFor, type Part } from './thread-pool';
import { INTERRUPTED, interruptPending, wasm, whenStarted } from './wasm';

export { activeThreads, numThreads, setThreadLimit, splitOps, stopThreads, threadCount } from './thread-pool';

/**
 * Below this many flops (2·M·N·K) a product runs on the calling thread. Measured on 2 cores with helpers that spin
 * before sleeping (thread-pool.ts): 0.8× at 0.5 MFLOP (64³), 1.4× at 1.8 MFLOP (96³), 1.5-1.6× from 4 MFLOP (128³,
 * the MLP's 64x64x784 and 64x128x256 products).
 */
export const MIN_PARALLEL_FLOPS = 1 << 20;

/** Fewest rows (or columns) in one part of a split product. */
const MIN_PART_LEN = 128;

whenStarted(startHelpers);

/**
 * out = A · B like the kernel's matmul export (out contiguous [batch, M, N]), split across the helper threads when
 * the product is big enough. Returns the kernel's result code (0, INTERRUPTED, or bytes it failed to allocate).
 */
export function matmul(dt: number, batch: number, M: number, N: number, K: number, a: number, sab: number, sam: number,
  sak: number, b: number, sbb: number, sbk: number, sbn: number, o: number, sz: number): number {
  const k = wasm();
  if (batch > 1 && sbb === 0 && sab === M * sam) { M *= batch; batch = 1; }   // one tall product
  const flops = 2 * batch * M * N * K;
  // Rows when the product is at least as tall as wide (each part packs all of B), else columns (each packs A).
  const byRows = M >= N;
  const len = byRows ? M : N, align = byRows ? 4 : 8;
  const threads = Math.min(threadsFor(flops, MIN_PARALLEL_FLOPS >> 1), Math.ceil(len / align));
  if (threads <= 1) return k.matmul(dt, batch, M, N, K, a, sab, sam, sak, b, sbb, sbk, sbn, o, M * N, N, 0);
  // A pending interrupt stops the product before any part starts. The parts poll it only on the calling thread
  // (helpers see it once the caller, waiting, stops them), and the helpers can take every part before the caller
  // takes one: then nothing would look at the flag and the product would finish (seen 1 in 3,000 under load).
  if (interruptPending()) return INTERRUPTED;
  // Parts of at least MIN_PART_LEN rows (columns): each packs the other operand again, which costs about as much
  // as 1/20 of the part's multiply-adds at that size.
  const per = Math.ceil(len / Math.min(partsFor(len, threads, MIN_PART_LEN), Math.ceil(len / align)) / align) * align;
  const parts: Part[] = [];
  for (let s = 0; s < len; s += per) {
    const n = Math.min(len, s + per) - s;
    parts.push({ fn: 'matmul', args: byRows
      ? [dt, batch, n, N, K, a + s * sam * sz, sab, sam, sak, b, sbb, sbk, sbn, o + s * N * sz, M * N, N, 0]
      : [dt, batch, M, n, K, a, sab, sam, sak, b + s * sbn * sz, sbb, sbk, sbn, o + s * sz, M * N, N, 0] });
  }
  let result = 0;
  for (const r of runParts(parts, threads)) if (result === 0) result = r >>> 0;
  return result;
}
