// Packed, register-tiled gemm for float32 and float64 (GotoBLAS layout; /work/shared/reference/wasm/gemm.ts).
// C[M, N] (contiguous, row stride N) = A[M, K] · B[K, N] with A and B read through element strides, so a
// transposed operand (backward's Aᵀ·G and G·Bᵀ) is packed straight from its storage, never copied first.
//
// K is cut in slices of KC, N in blocks of NC columns (bounds the packed B), M in blocks of MC rows. B's slice is
// packed into NR-column panels (one panel, KC·32 bytes, stays in L1), A's block into MR-row panels (L2). The
// micro-kernel keeps an MR×NR tile of C in 8 v128 accumulators: float32 4×8 (f32x4), float64 4×4 (f64x2).
// Edge tiles go through a temporary tile. The relaxed build multiplies-adds with relaxed_madd (one FMA on x86),
// the plain build with mul + add: ASC_FEATURE_RELAXED_SIMD is the compile-time switch (asc --enable relaxed-simd,
// set per build in scripts/build-wasm.mjs).
//
// Scratch (packed A, packed B, the edge tile) comes from the caller, so that helper threads, which must not
// allocate (the heap's globals belong to the main instance), can run a part of a product. gemm polls the host's
// interrupt flag once per packed A block (a few ms of work at most) and returns true when it stopped early.
import { interrupted } from './host';

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

// @ts-ignore: decorator
@inline function maddF32(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f32x4.relaxed_madd(a, b, c);
  else return f32x4.add(c, f32x4.mul(a, b));
}
// @ts-ignore: decorator
@inline function maddF64(a: v128, b: v128, c: v128): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) return f64x2.relaxed_madd(a, b, c);
  else return f64x2.add(c, f64x2.mul(a, b));
}

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
// Packing. A panel: for each k, MR values (rows ir..ir+3), zero-padded. B panel: for each k, NR values.
function packA<T>(A: usize, sam: i32, sak: i32, mc: i32, kc: i32, Ap: usize): void {
  const sz = <usize>sizeof<T>();
  const stepK = <usize>sak * sz, stepM = <usize>sam * sz;
  for (let ir = 0; ir < mc; ir += MR) {
    const mr = min(mc - ir, MR);
    const a0 = A + <usize>ir * stepM;
    if (mr == MR && sam == 1) {
      let p = a0;
      for (let k = 0; k < kc; k++) {
        v128.store(Ap, v128.load(p));
        if (sz == 8) v128.store(Ap, v128.load(p, 16), 16);
        Ap += <usize>MR * sz; p += stepK;
      }
    } else if (mr == MR) {
      let p0 = a0, p1 = a0 + stepM, p2 = p1 + stepM, p3 = p2 + stepM;
      let k = 0;
      if (sak == 1) {
        // Row-major A (x @ W): one vector of k values from each of the 4 rows, transposed in registers.
        if (sz == 4) {
          for (; k + 4 <= kc; k += 4) {
            const r0 = v128.load(p0), r1 = v128.load(p1), r2 = v128.load(p2), r3 = v128.load(p3);
            const t0 = i32x4.shuffle(r0, r1, 0, 4, 1, 5), t1 = i32x4.shuffle(r2, r3, 0, 4, 1, 5);
            const t2 = i32x4.shuffle(r0, r1, 2, 6, 3, 7), t3 = i32x4.shuffle(r2, r3, 2, 6, 3, 7);
            v128.store(Ap, i64x2.shuffle(t0, t1, 0, 2)); v128.store(Ap, i64x2.shuffle(t0, t1, 1, 3), 16);
            v128.store(Ap, i64x2.shuffle(t2, t3, 0, 2), 32); v128.store(Ap, i64x2.shuffle(t2, t3, 1, 3), 48);
            Ap += 64; p0 += 16; p1 += 16; p2 += 16; p3 += 16;
          }
        } else {
          for (; k + 2 <= kc; k += 2) {
            const r0 = v128.load(p0), r1 = v128.load(p1), r2 = v128.load(p2), r3 = v128.load(p3);
            v128.store(Ap, i64x2.shuffle(r0, r1, 0, 2)); v128.store(Ap, i64x2.shuffle(r2, r3, 0, 2), 16);
            v128.store(Ap, i64x2.shuffle(r0, r1, 1, 3), 32); v128.store(Ap, i64x2.shuffle(r2, r3, 1, 3), 48);
            Ap += 64; p0 += 16; p1 += 16; p2 += 16; p3 += 16;
          }
        }
      }
      for (; k < kc; k++) {
        store<T>(Ap, load<T>(p0)); store<T>(Ap + sz, load<T>(p1));
        store<T>(Ap + 2 * sz, load<T>(p2)); store<T>(Ap + 3 * sz, load<T>(p3));
        Ap += <usize>MR * sz; p0 += stepK; p1 += stepK; p2 += stepK; p3 += stepK;
      }
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
      // Transposed B (G·Bᵀ): each column is contiguous in k; write it down the panel.
      for (let c = 0; c < NR; c++) {
        let p = b0 + <usize>c * stepN, q = Bp + <usize>c * sz;
        for (let k = 0; k < kc; k++) { store<T>(q, load<T>(p)); p += sz; q += PANEL_BYTES; }
      }
      Bp += <usize>kc * PANEL_BYTES;
    } else {
      for (let k = 0; k < kc; k++) {
        for (let c = 0; c < NR; c++) store<T>(Bp + <usize>c * sz, c < nr ? load<T>(b0 + <usize>k * stepK + <usize>c * stepN) : <T>0);
        Bp += PANEL_BYTES;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Micro-kernels: C[0..4, 0..NR] (+)= Apanel · Bpanel over kc. Not inlined (V8 allocates registers per function).
function kernelF32(kc: i32, ap: usize, bp: usize, c: usize, ldc: i32, accumulate: bool): void {
  let c00 = f32x4.splat(0), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
  const apEnd = ap + (<usize>kc << 4);
  while (ap < apEnd) {
    const b0 = v128.load(bp), b1 = v128.load(bp, 16);
    let a = v128.load32_splat(ap);  c00 = maddF32(a, b0, c00); c01 = maddF32(a, b1, c01);
    a = v128.load32_splat(ap, 4);   c10 = maddF32(a, b0, c10); c11 = maddF32(a, b1, c11);
    a = v128.load32_splat(ap, 8);   c20 = maddF32(a, b0, c20); c21 = maddF32(a, b1, c21);
    a = v128.load32_splat(ap, 12);  c30 = maddF32(a, b0, c30); c31 = maddF32(a, b1, c31);
    ap += 16; bp += 32;
  }
  const ld = <usize>ldc << 2;
  const r1 = c + ld, r2 = r1 + ld, r3 = r2 + ld;
  if (accumulate) {
    v128.store(c, f32x4.add(v128.load(c), c00)); v128.store(c, f32x4.add(v128.load(c, 16), c01), 16);
    v128.store(r1, f32x4.add(v128.load(r1), c10)); v128.store(r1, f32x4.add(v128.load(r1, 16), c11), 16);
    v128.store(r2, f32x4.add(v128.load(r2), c20)); v128.store(r2, f32x4.add(v128.load(r2, 16), c21), 16);
    v128.store(r3, f32x4.add(v128.load(r3), c30)); v128.store(r3, f32x4.add(v128.load(r3, 16), c31), 16);
  } else {
    v128.store(c, c00); v128.store(c, c01, 16); v128.store(r1, c10); v128.store(r1, c11, 16);
    v128.store(r2, c20); v128.store(r2, c21, 16); v128.store(r3, c30); v128.store(r3, c31, 16);
  }
}

function kernelF64(kc: i32, ap: usize, bp: usize, c: usize, ldc: i32, accumulate: bool): void {
  let c00 = f64x2.splat(0), c01 = c00, c10 = c00, c11 = c00, c20 = c00, c21 = c00, c30 = c00, c31 = c00;
  const apEnd = ap + (<usize>kc << 5);
  while (ap < apEnd) {
    const b0 = v128.load(bp), b1 = v128.load(bp, 16);
    let a = v128.load64_splat(ap);  c00 = maddF64(a, b0, c00); c01 = maddF64(a, b1, c01);
    a = v128.load64_splat(ap, 8);   c10 = maddF64(a, b0, c10); c11 = maddF64(a, b1, c11);
    a = v128.load64_splat(ap, 16);  c20 = maddF64(a, b0, c20); c21 = maddF64(a, b1, c21);
    a = v128.load64_splat(ap, 24);  c30 = maddF64(a, b0, c30); c31 = maddF64(a, b1, c31);
    ap += 32; bp += 32;
  }
  const ld = <usize>ldc << 3;
  const r1 = c + ld, r2 = r1 + ld, r3 = r2 + ld;
  if (accumulate) {
    v128.store(c, f64x2.add(v128.load(c), c00)); v128.store(c, f64x2.add(v128.load(c, 16), c01), 16);
    v128.store(r1, f64x2.add(v128.load(r1), c10)); v128.store(r1, f64x2.add(v128.load(r1, 16), c11), 16);
    v128.store(r2, f64x2.add(v128.load(r2), c20)); v128.store(r2, f64x2.add(v128.load(r2, 16), c21), 16);
    v128.store(r3, f64x2.add(v128.load(r3), c30)); v128.store(r3, f64x2.add(v128.load(r3, 16), c31), 16);
  } else {
    v128.store(c, c00); v128.store(c, c01, 16); v128.store(r1, c10); v128.store(r1, c11, 16);
    v128.store(r2, c20); v128.store(r2, c21, 16); v128.store(r3, c30); v128.store(r3, c31, 16);
  }
}

// @ts-ignore: decorator
@inline function microKernel<T>(kc: i32, ap: usize, bp: usize, c: usize, ldc: i32, accumulate: bool): void {
  if (sizeof<T>() == 4) kernelF32(kc, ap, bp, c, ldc, accumulate);
  else kernelF64(kc, ap, bp, c, ldc, accumulate);
}

function edgeKernel<T>(kc: i32, ap: usize, bp: usize, C: usize, ldc: i32, accumulate: bool, mr: i32, nr: i32, edgeTile: usize): void {
  const sz = <usize>sizeof<T>();
  const NR = PANEL_BYTES / <i32>sz;
  microKernel<T>(kc, ap, bp, edgeTile, NR, false);
  for (let r = 0; r < mr; r++) {
    for (let c = 0; c < nr; c++) {
      const p = C + (<usize>r * ldc + c) * sz;
      const v = load<T>(edgeTile + <usize>(r * NR + c) * sz);
      store<T>(p, accumulate ? load<T>(p) + v : v);
    }
  }
}

/** C ([M, N], row stride ldc) = A · B with scratch of gemmScratchBytes(N); true when interrupted (C is then partial). */
export function gemm<T>(M: i32, N: i32, K: i32, A: usize, sam: i32, sak: i32, B: usize, sbk: i32, sbn: i32,
  C: usize, ldc: i32, scratch: usize): bool {
  const sz = <usize>sizeof<T>();
  const edgeTile = scratch, Ap = scratch + edgeBytes(), Bp = Ap + packABytes(<i32>sz);
  const NR = PANEL_BYTES / <i32>sz;
  // K in equal slices of at most KC (784 = 4 × 196, not 3 × 256 + 16: a thin last slice re-reads and re-writes
  // every C tile for a few k steps).
  const kcMax = K <= KC ? K : (K + (K + KC - 1) / KC - 1) / ((K + KC - 1) / KC);
  for (let j0 = 0; j0 < N; j0 += NC) {
    const nc = min(N - j0, NC);
    for (let p0 = 0; p0 < K; p0 += kcMax) {
      const kc = min(K - p0, kcMax);
      packB<T>(B + (<usize>p0 * sbk + <usize>j0 * sbn) * sz, sbk, sbn, kc, nc, Bp);
      for (let i0 = 0; i0 < M; i0 += MC) {
        if (interrupted()) return true;
        const mc = min(M - i0, MC);
        packA<T>(A + (<usize>i0 * sam + <usize>p0 * sak) * sz, sam, sak, mc, kc, Ap);
        for (let jr = 0; jr < nc; jr += NR) {
          const nr = min(nc - jr, NR);
          const bp = Bp + <usize>jr * kc * sz;
          for (let ir = 0; ir < mc; ir += MR) {
            const mr = min(mc - ir, MR);
            const ap = Ap + <usize>ir * kc * sz;
            const cp = C + (<usize>(i0 + ir) * ldc + j0 + jr) * sz;
            if (mr == MR && nr == NR) microKernel<T>(kc, ap, bp, cp, ldc, p0 > 0);
            else edgeKernel<T>(kc, ap, bp, cp, ldc, p0 > 0, mr, nr, edgeTile);
          }
        }
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
