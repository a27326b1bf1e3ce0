// Packed, register-tiled gemm for float32 and float64 (GotoBLAS layout; /work/shared/reference/wasm/gemm.ts).
// C[M, N] (contiguous, row stride N) = A[M, K] · B[K, N] with A and B read through element strides, so a
// transposed operand (backward's Aᵀ·G and G·Bᵀ) is packed straight from its storage, never copied first.
//
// K is cut in slices of KC, N in blocks of NC columns (bounds the packed B), M in blocks of MC rows. B's slice is
// packed into NR-column panels (one panel, KC·32 bytes, stays in L1), A's block into MR-row panels (L2). The
// micro-kernels (gemm-kernels.ts) keep an MR×NR tile of C in 8 v128 accumulators: float32 4×8 (f32x4), float64
// 4×4 (f64x2); they store only the rows that exist (M not a multiple of 4). Column edges (N not a multiple of NR)
// go through a temporary tile. The relaxed build multiplies-adds with relaxed_madd (one FMA on
// x86), the plain build with mul + add: ASC_FEATURE_RELAXED_SIMD is the compile-time switch (asc --enable
// relaxed-simd, set per build in scripts/build-wasm.mjs).
//
// Scratch (packed A, packed B, the edge tile) comes from the caller, so that helper threads, which must not
// allocate (the heap's globals belong to the main instance), can run a part of a product. gemm polls the host's
// interrupt flag once per packed A block (a few ms of work at most) and returns true when it stopped early.
import { interrupted } from './host';
import { maddF32, maddF64, microKernel } from './gemm-kernels';

// @ts-ignore: decorator
@inline export const MR: i32 = 4;
// @ts-ignore: decorator
@inline export const KC: i32 = 256;
// @ts-ignore: decorator
@inline export const MC: i32 = 72;
// @ts-ignore: decorator
@inline export const NC: i32 = 2048;
/** Bytes of one packed row of a B panel (NR elements): 8 floats or 4 doubles. */
// @ts-ignore: decorator
@inline const PANEL_BYTES: i32 = 32;

/** Bytes of the edge tile, the packed A block and the packed B slice of an M×N×K product of `sz`-byte elements. */
export function edgeBytes(): usize { return <usize>MR * PANEL_BYTES; }
export function packABytes(sz: i32): usize { return <usize>MC * KC * sz; }
export function packBBytes(N: i32, sz: i32): usize {
  const nr = PANEL_BYTES / sz;
  const cols = min(N, NC);
  return <usize>KC * <usize>((cols + nr - 1) / nr * nr) * sz;
}
/** All scratch gemm needs for N columns: [edge tile | packed A | packed B], each 16-byte aligned. */
export function gemmScratchBytes(N: i32, sz: i32): usize { return edgeBytes() + packABytes(sz) + packBBytes(N, sz); }

// ---------------------------------------------------------------------------------------------------------------
// Packing. An A panel holds, for each k, MR values of rows ir..ir+3, zero-padded past the block's rows. A B panel holds, for each k, NR values, zero-padded past N.

/** Row-major A (x @ W), a full panel: vectors of k values from each of the 4 rows, transposed in registers. */
function packRowsTransposed<T>(a0: usize, stepM: usize, kc: i32, Ap: usize): usize {
  const sz = <usize>sizeof<T>();
  const p0 = a0, p1 = a0 + stepM, p2 = p1 + stepM, p3 = p2 + stepM;
  let k = 0;
  let o: usize = 0;
  if (sz == 4) {
    for (; k + 4 <= kc; k += 4) {
      const r0 = v128.load(p0 + o), r1 = v128.load(p1 + o), r2 = v128.load(p2 + o), r3 = v128.load(p3 + o);
      const t0 = i32x4.shuffle(r0, r1, 0, 4, 1, 5), t1 = i32x4.shuffle(r2, r3, 0, 4, 1, 5);
      const t2 = i32x4.shuffle(r0, r1, 2, 6, 3, 7), t3 = i32x4.shuffle(r2, r3, 2, 6, 3, 7);
      v128.store(Ap, i64x2.shuffle(t0, t1, 0, 2)); v128.store(Ap, i64x2.shuffle(t0, t1, 1, 3), 16);
      v128.store(Ap, i64x2.shuffle(t2, t3, 0, 2), 32); v128.store(Ap, i64x2.shuffle(t2, t3, 1, 3), 48);
      Ap += 64; o += 16;
    }
  } else {
    for (; k + 2 <= kc; k += 2) {
      const r0 = v128.load(p0 + o), r1 = v128.load(p1 + o), r2 = v128.load(p2 + o), r3 = v128.load(p3 + o);
      v128.store(Ap, i64x2.shuffle(r0, r1, 0, 2)); v128.store(Ap, i64x2.shuffle(r2, r3, 0, 2), 16);
      v128.store(Ap, i64x2.shuffle(r0, r1, 1, 3), 32); v128.store(Ap, i64x2.shuffle(r2, r3, 1, 3), 48);
      Ap += 64; o += 16;
    }
  }
  for (; k < kc; k++) {
    store<T>(Ap, load<T>(p0 + o)); store<T>(Ap + sz, load<T>(p1 + o));
    store<T>(Ap + 2 * sz, load<T>(p2 + o)); store<T>(Ap + 3 * sz, load<T>(p3 + o));
    Ap += <usize>MR * sz; o += sz;
  }
  return Ap;
}

function packA<T>(A: usize, sam: i32, sak: i32, mc: i32, kc: i32, Ap: usize): void {
  const sz = <usize>sizeof<T>();
  const stepK = <usize>sak * sz, stepM = <usize>sam * sz;
  for (let ir = 0; ir < mc; ir += MR) {
    const mr = min(mc - ir, MR);
    const a0 = A + <usize>ir * stepM;
    if (mr == MR && sam == 1) {
      // Column-major A (Aᵀ·G): each k's 4 values are contiguous.
      let p = a0;
      for (let k = 0; k < kc; k++) {
        v128.store(Ap, v128.load(p));
        if (sz == 8) v128.store(Ap, v128.load(p, 16), 16);
        Ap += <usize>MR * sz; p += stepK;
      }
    } else if (mr == MR && sak == 1) {
      Ap = packRowsTransposed<T>(a0, stepM, kc, Ap);
    } else {
      for (let k = 0; k < kc; k++) {
        for (let r = 0; r < MR; r++) store<T>(Ap + <usize>r * sz, r < mr ? load<T>(a0 + <usize>r * stepM + <usize>k * stepK) : <T>0);
        Ap += <usize>MR * sz;
      }
    }
  }
}

function packB<T>(B: usize, sbk: i32, sbn: i32, kc: i32, nc: i32, Bp: usize): void {
  const sz = <usize>sizeof<T>();
  const NR = PANEL_BYTES / <i32>sz;
  const stepK = <usize>sbk * sz, stepN = <usize>sbn * sz;
  for (let jr = 0; jr < nc; jr += NR) {
    const nr = min(nc - jr, NR);
    const b0 = B + <usize>jr * stepN;
    if (nr == NR && sbn == 1) {
      let p = b0;
      for (let k = 0; k < kc; k++) { v128.store(Bp, v128.load(p)); v128.store(Bp, v128.load(p, 16), 16); Bp += PANEL_BYTES; p += stepK; }
    } else if (nr == NR && sbk == 1) {
      // Transposed B (G·Bᵀ): each column is contiguous in k; vectors of k values transposed in registers.
      Bp = packColumnsTransposed<T>(b0, stepN, kc, Bp);
    } else {
      for (let k = 0; k < kc; k++) {
        for (let c = 0; c < NR; c++) store<T>(Bp + <usize>c * sz, c < nr ? load<T>(b0 + <usize>k * stepK + <usize>c * stepN) : <T>0);
        Bp += PANEL_BYTES;
      }
    }
  }
}

/** A full B panel of a transposed B: NR columns, each contiguous in k. Returns the end of the panel. */
function packColumnsTransposed<T>(b0: usize, stepN: usize, kc: i32, Bp: usize): usize {
  const sz = <usize>sizeof<T>();
  let k = 0;
  let o: usize = 0;
  // Four columns at a time (a 4×4 float32 or 2×2 float64 block per vector step), each half of a panel row.
  if (sz == 4) {
    for (; k + 4 <= kc; k += 4) {
      for (let h: usize = 0; h < 2; h++) {
        const q = b0 + h * 4 * stepN + o;
        const r0 = v128.load(q), r1 = v128.load(q + stepN), r2 = v128.load(q + 2 * stepN), r3 = v128.load(q + 3 * stepN);
        const t0 = i32x4.shuffle(r0, r1, 0, 4, 1, 5), t1 = i32x4.shuffle(r2, r3, 0, 4, 1, 5);
        const t2 = i32x4.shuffle(r0, r1, 2, 6, 3, 7), t3 = i32x4.shuffle(r2, r3, 2, 6, 3, 7);
        const d = Bp + h * 16;
        v128.store(d, i64x2.shuffle(t0, t1, 0, 2)); v128.store(d, i64x2.shuffle(t0, t1, 1, 3), 32);
        v128.store(d, i64x2.shuffle(t2, t3, 0, 2), 64); v128.store(d, i64x2.shuffle(t2, t3, 1, 3), 96);
      }
      Bp += 4 * PANEL_BYTES; o += 16;
    }
  } else {
    for (; k + 2 <= kc; k += 2) {
      const r0 = v128.load(b0 + o), r1 = v128.load(b0 + stepN + o), r2 = v128.load(b0 + 2 * stepN + o), r3 = v128.load(b0 + 3 * stepN + o);
      v128.store(Bp, i64x2.shuffle(r0, r1, 0, 2)); v128.store(Bp, i64x2.shuffle(r2, r3, 0, 2), 16);
      v128.store(Bp, i64x2.shuffle(r0, r1, 1, 3), 32); v128.store(Bp, i64x2.shuffle(r2, r3, 1, 3), 48);
      Bp += 2 * PANEL_BYTES; o += 16;
    }
  }
  const NR = PANEL_BYTES / <i32>sz;
  for (; k < kc; k++) {
    for (let c = 0; c < NR; c++) store<T>(Bp + <usize>c * sz, load<T>(b0 + <usize>c * stepN + o));
    Bp += PANEL_BYTES; o += sz;
  }
  return Bp;
}

// ---------------------------------------------------------------------------------------------------------------
// @ts-ignore: decorator
@inline function tile<T>(kc: i32, ap: usize, bp: usize, c: usize, ldc: i32, accumulate: bool, mr: i32): void {
  microKernel<T>(kc, ap, bp, c, ldc, accumulate, mr);
}

/** A tile with fewer than NR columns: computed into the edge tile, then its mr × nr corner added or copied. */
function edgeTile<T>(kc: i32, ap: usize, bp: usize, C: usize, ldc: i32, accumulate: bool, mr: i32, nr: i32, tmp: usize): void {
  const sz = <usize>sizeof<T>();
  const NR = PANEL_BYTES / <i32>sz;
  tile<T>(kc, ap, bp, tmp, NR, false, mr);
  for (let r = 0; r < mr; r++) {
    for (let c = 0; c < nr; c++) {
      const p = C + (<usize>r * ldc + c) * sz;
      const v = load<T>(tmp + <usize>(r * NR + c) * sz);
      store<T>(p, accumulate ? load<T>(p) + v : v);
    }
  }
}

/**
 * K in equal slices of at most KC (784 = 4 × 196, not 3 × 256 + 16: a thin last slice re-reads and re-writes every
 * C tile for a few k steps). The slices depend on K only, so any split of a product's rows or columns across
 * threads (threads.ts) sums every element in the same order: the same bits as one thread.
 */
function sliceK(K: i32): i32 { return K <= KC ? K : (K + (K + KC - 1) / KC - 1) / ((K + KC - 1) / KC); }

/**
 * A packed A block (mc rows) times the packed B panels of columns [jBeg, jEnd) of a K slice (jBeg a multiple of
 * NR): C, at the block's first row and the slice's first column, (+)= their product.
 */
function macroKernel<T>(mc: i32, kc: i32, Ap: usize, Bp: usize, jBeg: i32, jEnd: i32, C: usize, ldc: i32,
  accumulate: bool, tmp: usize): void {
  const sz = <usize>sizeof<T>();
  const NR = PANEL_BYTES / <i32>sz;
  for (let jr = jBeg; jr < jEnd; jr += NR) {
    const nr = min(jEnd - jr, NR);
    const bp = Bp + <usize>jr * kc * sz;
    for (let ir = 0; ir < mc; ir += MR) {
      const mr = min(mc - ir, MR);
      const ap = Ap + <usize>ir * kc * sz;
      const cp = C + (<usize>ir * ldc + jr) * sz;
      if (nr == NR) tile<T>(kc, ap, bp, cp, ldc, accumulate, mr);
      else edgeTile<T>(kc, ap, bp, cp, ldc, accumulate, mr, nr, tmp);
    }
  }
}

/** C ([M, N], row stride ldc) = A · B with scratch of gemmScratchBytes(N); true when interrupted (C is then partial). */
export function gemm<T>(M: i32, N: i32, K: i32, A: usize, sam: i32, sak: i32, B: usize, sbk: i32, sbn: i32,
  C: usize, ldc: i32, scratch: usize): bool {
  const sz = <usize>sizeof<T>();
  const tmp = scratch, Ap = scratch + edgeBytes(), Bp = Ap + packABytes(<i32>sz);
  const kcMax = sliceK(K);
  for (let j0 = 0; j0 < N; j0 += NC) {
    const nc = min(N - j0, NC);
    for (let p0 = 0; p0 < K; p0 += kcMax) {
      const kc = min(K - p0, kcMax);
      packB<T>(B + (<usize>p0 * sbk + <usize>j0 * sbn) * sz, sbk, sbn, kc, nc, Bp);
      for (let i0 = 0; i0 < M; i0 += MC) {
        if (interrupted()) return true;
        const mc = min(M - i0, MC);
        packA<T>(A + (<usize>i0 * sam + <usize>p0 * sak) * sz, sam, sak, mc, kc, Ap);
        macroKernel<T>(mc, kc, Ap, Bp, 0, nc, C + (<usize>i0 * ldc + j0) * sz, ldc, p0 > 0, tmp);
      }
    }
  }
  return false;
}

/** N == 1 (matrix · vector, dot): one dot product per row, SIMD when both runs are contiguous; true if interrupted. */
export function gemv<T>(M: i32, K: i32, A: usize, sam: i32, sak: i32, B: usize, sbk: i32, C: usize): bool {
  const sz = <usize>sizeof<T>();
  const poll = max(1, (1 << 20) / max(K, 1));
  for (let i = 0; i < M; i++) {
    if (i % poll == poll - 1 && interrupted()) return true;
    const a = A + <usize>i * sam * sz;
    let k = 0;
    let acc: T = <T>0;
    if (sak == 1 && sbk == 1) {
      let s0 = v128.splat<T>(<T>0), s1 = s0, s2 = s0, s3 = s0;
      const L = 16 / <i32>sz;
      for (; k + 4 * L <= K; k += 4 * L) {
        const pa = a + <usize>k * sz, pb = B + <usize>k * sz;
        if (sz == 4) {
          s0 = maddF32(v128.load(pa), v128.load(pb), s0); s1 = maddF32(v128.load(pa, 16), v128.load(pb, 16), s1);
          s2 = maddF32(v128.load(pa, 32), v128.load(pb, 32), s2); s3 = maddF32(v128.load(pa, 48), v128.load(pb, 48), s3);
        } else {
          s0 = maddF64(v128.load(pa), v128.load(pb), s0); s1 = maddF64(v128.load(pa, 16), v128.load(pb, 16), s1);
          s2 = maddF64(v128.load(pa, 32), v128.load(pb, 32), s2); s3 = maddF64(v128.load(pa, 48), v128.load(pb, 48), s3);
        }
      }
      if (sz == 4) {
        const s = f32x4.add(f32x4.add(s0, s1), f32x4.add(s2, s3));
        acc = <T>(f32x4.extract_lane(s, 0) + f32x4.extract_lane(s, 1) + f32x4.extract_lane(s, 2) + f32x4.extract_lane(s, 3));
      } else {
        const s = f64x2.add(f64x2.add(s0, s1), f64x2.add(s2, s3));
        acc = <T>(f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1));
      }
    }
    for (; k < K; k++) acc += load<T>(a + <usize>k * sak * sz) * load<T>(B + <usize>k * sbk * sz);
    store<T>(C + <usize>i * sz, acc);
  }
  return false;
}
