// Normalisation kernels in PyTorch 1.13's CPU order, bit for bit (aten/src/ATen/native/cpu/moments_utils.h,
// layer_norm_kernel.cpp, group_norm_kernel.cpp; BSD-3, the algorithms written anew here). The AVX2 build's
// Vectorized<float> has 8 lanes and Vectorized<double> 4; each lane's arithmetic is written out here one lane at a
// time (the lanes never mix until the end). Where the AVX2 build contracts a·b + c into one FMA (measured against
// torch: the output maps do, RowwiseMoments does not), fmaT rounds once: float32 exactly in software (the product
// is exact in double, the sum rounded to odd then to float), float64 through welford.ts's fmaW.
import { fmaW, madIsFused } from './welford';

/** Round-to-odd a + b of two doubles (a·b of floats is exact in double); then rounded once to float. */
// @ts-ignore: decorator
@inline function fma32s(a: f32, b: f32, c: f32): f32 {
  const p = <f64>a * <f64>b, q = <f64>c;
  let s = p + q;
  const bb = s - p;
  const err = (p - (s - bb)) + (q - bb);
  if (err != 0 && isFinite(s)) {
    const bits = reinterpret<i64>(s);
    if ((bits & 1) == 0) s = reinterpret<f64>(bits + ((s > 0) == (err > 0) ? 1 : -1));
  }
  return <f32>s;
}
/** a·b + c rounded once in T. */
// @ts-ignore: decorator
@inline function fmaT<T>(a: T, b: T, c: T, hw: bool): T {
  if (sizeof<T>() == 4) return <T>fma32s(<f32>a, <f32>b, <f32>c);
  return <T>fmaW(<f64>a, <f64>b, <f64>c, hw);
}

// @ts-ignore: decorator
@inline const CHUNK: i32 = 16;

/** utils::CeilLog2 */
function ceilLog2(x: i64): i32 { return x <= 1 ? 0 : 64 - <i32>clz<i64>(x - 1); }

/** AddMoments(m0_add, m1_add, m2_add → m0, m1, m2) on one lane (unfused, as the AVX2 build computes it). */
// @ts-ignore: decorator
@inline function addMoments<T>(st: usize, m0a: i64, m1a: T, m2a: T): void {
  const m0 = load<i64>(st), m1 = load<T>(st, 8), m2 = load<T>(st, 16);
  const n = m0 + m0a;
  const c: T = n == 0 ? <T>0 : <T>m0a / <T>n;
  const delta: T = m1a - m1;
  store<T>(st, m1 + c * delta, 8);
  store<T>(st, m2 + (m2a + delta * delta * c * <T>m0), 16);
  store<i64>(st, n);
}

/**
 * RowwiseMoments(X, N): Welford over Vectorized lanes in chunks of 16 vectors, the chunks merged in a cascade
 * (a binary counter of partial states), the lanes then merged into the scalar tail's state. Returns the mean in
 * the first T at out and the biased variance in the second. scratch: 24·(depth + 1) bytes per lane.
 */
export function rowwiseMomentsT<T>(X: usize, N: i32, out: usize, scratch: usize): void {
  const sz = <usize>sizeof<T>();
  const L: i32 = sizeof<T>() == 4 ? 8 : 4;
  const n: i32 = N / L;
  const m: i32 = (n + CHUNK - 1) / CHUNK;
  const depth = ceilLog2(m);
  const slots = max(depth, 1);
  // lane results (m1, m2) after the cascade, per lane at scratch + 24·slots·L + 16·l
  const laneOut = scratch + <usize>(24 * slots);
  for (let l = 0; l < L; l++) {
    for (let d = 0; d < slots; d++) {
      const st = scratch + <usize>(24 * d);
      store<i64>(st, 0); store<T>(st, <T>0, 8); store<T>(st, <T>0, 16);
    }
    for (let i = 0; i < m; i++) {
      const base = X + <usize>(i * CHUNK * L + l) * sz;
      const m0 = min(CHUNK, n - i * CHUNK);
      let m1: T = <T>0, m2: T = <T>0;
      for (let j = 0; j < m0; j++) {
        const x = load<T>(base + <usize>(j * L) * sz);
        const delta: T = x - m1;
        m1 = m1 + delta * (<T>1 / <T>(j + 1));
        m2 = m2 + delta * (x - m1);
      }
      addMoments<T>(scratch, <i64>m0, m1, m2);
      let mask = i + 1;
      for (let j = 1; j < depth && (mask & 1) == 0; j++) {
        const lo = scratch + <usize>(24 * (j - 1));
        addMoments<T>(scratch + <usize>(24 * j), load<i64>(lo), load<T>(lo, 8), load<T>(lo, 16));
        store<i64>(lo, 0); store<T>(lo, <T>0, 8); store<T>(lo, <T>0, 16);
        mask >>= 1;
      }
    }
    for (let d = 1; d < depth; d++) {
      const hi = scratch + <usize>(24 * d);
      addMoments<T>(scratch, load<i64>(hi), load<T>(hi, 8), load<T>(hi, 16));
    }
    store<T>(laneOut + <usize>(16 * l), load<T>(scratch, 8));
    store<T>(laneOut + <usize>(16 * l), load<T>(scratch, 16), 8);
  }
  // the scalar tail, then the lanes in order
  const st = scratch;
  store<i64>(st, 0); store<T>(st, <T>0, 8); store<T>(st, <T>0, 16);
  let m0: i64 = 0, m1: T = <T>0, m2: T = <T>0;
  for (let i = n * L; i < N; i++) {
    const x = load<T>(X + <usize>i * sz);
    const delta: T = x - m1;
    m0++;
    m1 = m1 + delta / <T>m0;
    m2 = m2 + delta * (x - m1);
  }
  store<i64>(st, m0); store<T>(st, m1, 8); store<T>(st, m2, 16);
  for (let l = 0; l < L; l++) addMoments<T>(st, <i64>n, load<T>(laneOut + <usize>(16 * l)), load<T>(laneOut + <usize>(16 * l), 8));
  store<T>(out, load<T>(st, 8));
  store<T>(out + sz, load<T>(st, 16) / <T>N);
}

/** Scratch bytes rowwiseMomentsT needs for rows of up to 2^31 elements. */
export const MOMENTS_SCRATCH: i32 = 24 * 32 + 16 * 8;

/**
 * LayerNormKernelImplInternal over rows [0, rows) of a contiguous [rows, N] block: mean and rstd per row (into
 * mean/rstd, T each), y = (x·rstd + (-rstd·mean))·γ + β with both multiply-adds fused; gamma/beta 0 when absent.
 */
export function layerNormT<T>(X: usize, rows: i32, N: i32, gamma: usize, beta: usize, eps: T, Y: usize, mean: usize, rstd: usize, scratch: usize): void {
  const sz = <usize>sizeof<T>();
  const hw = madIsFused();
  const mv = scratch + <usize>MOMENTS_SCRATCH;
  for (let r = 0; r < rows; r++) {
    const xp = X + <usize>r * <usize>N * sz, yp = Y + <usize>r * <usize>N * sz;
    rowwiseMomentsT<T>(xp, N, mv, scratch);
    const mu = load<T>(mv), v = load<T>(mv + sz);
    const rs: T = <T>1 / <T>sqrt<T>(v + eps);
    const bias: T = -rs * mu;
    for (let j = 0; j < N; j++) {
      const o = <usize>j * sz;
      const g: T = gamma ? load<T>(gamma + o) : <T>1, b: T = beta ? load<T>(beta + o) : <T>0;
      store<T>(yp + o, fmaT<T>(fmaT<T>(load<T>(xp + o), rs, bias, hw), g, b, hw));
    }
    store<T>(mean + <usize>r * sz, mu);
    store<T>(rstd + <usize>r * sz, rs);
  }
}

/**
 * vec::reduce_all / map2_reduce_all / map3_reduce_all with a `+` reduction over N elements (mode 0: Σ p0;
 * 1: Σ p0·p1; 2: Σ (p0·p1)·p2). The first vector holds the mapped values; every later one is added lane-wise, the
 * product fused into the add (1: fma(p0, p1, acc); 2: fma(p0·p1, p2, acc)), the tail into its first lanes; the
 * lanes are then combined as vec_reduce_all does: float's AVX2 shuffle tree, double's lane 0 + 1 + 2 + 3. Rows
 * shorter than a vector add their mapped values in order. acc: L T of scratch.
 */
function laneReduceT<T>(mode: i32, p0: usize, p1: usize, p2: usize, N: i32, acc: usize, hw: bool): T {
  const sz = <usize>sizeof<T>();
  const L: i32 = sizeof<T>() == 4 ? 8 : 4;
  if (N < L) {
    let v: T = <T>0;
    for (let i = 0; i < N; i++) {
      const o = <usize>i * sz;
      const m: T = mode == 0 ? load<T>(p0 + o) : mode == 1 ? load<T>(p0 + o) * load<T>(p1 + o) : (load<T>(p0 + o) * load<T>(p1 + o)) * load<T>(p2 + o);
      v = i == 0 ? m : v + m;
    }
    return v;
  }
  for (let l = 0; l < L; l++) {
    const o = <usize>l * sz;
    store<T>(acc + o, mode == 0 ? load<T>(p0 + o) : mode == 1 ? load<T>(p0 + o) * load<T>(p1 + o) : (load<T>(p0 + o) * load<T>(p1 + o)) * load<T>(p2 + o));
  }
  for (let i = L; i < N; i++) {
    const o = <usize>i * sz, ao = acc + <usize>(i % L) * sz;
    const a = load<T>(ao);
    store<T>(ao, mode == 0 ? a + load<T>(p0 + o) : mode == 1 ? fmaT<T>(load<T>(p0 + o), load<T>(p1 + o), a, hw) : fmaT<T>(load<T>(p0 + o) * load<T>(p1 + o), load<T>(p2 + o), a, hw));
  }
  if (L == 8) {
    // _mm256_permute2f128_ps(v, v, 1), then _mm256_shuffle_ps 0x4E and 0xB1: lane 0 ends as ((0+4)+(2+6))+((1+5)+(3+7))
    const a0 = load<T>(acc) + load<T>(acc, 16), a1 = load<T>(acc, 4) + load<T>(acc, 20);
    const a2 = load<T>(acc, 8) + load<T>(acc, 24), a3 = load<T>(acc, 12) + load<T>(acc, 28);
    return (a0 + a2) + (a1 + a3);
  }
  let v = load<T>(acc);
  for (let l = 1; l < L; l++) v = v + load<T>(acc + <usize>l * sz);
  return v;
}

/**
 * LayerNormBackwardKernelImplInternal over a contiguous [M, N] block: dX (when dX ≠ 0), and dgamma/dbeta (when ≠ 0)
 * through at::parallel_for's per-thread buffers (`threads` chunks of rows, each buffer summed over its rows with
 * dgamma += dy·(rstd·x - rstd·mean) fused twice, then the buffers added from 0 in thread order). buf: 2·threads·N
 * T, zeroed. mean and rstd are RowwiseMoments' again (the forward's values, bit for bit).
 */
export function layerNormBackwardT<T>(dY: usize, X: usize, M: i32, N: i32, gamma: usize, eps: T, dX: usize, dgamma: usize, dbeta: usize,
  threads: i32, buf: usize, scratch: usize): void {
  const sz = <usize>sizeof<T>();
  const hw = madIsFused();
  const mv = scratch + <usize>MOMENTS_SCRATCH, acc = mv + 16;
  const scale: T = <T>1 / <T>N;
  const nt = max(1, min(threads, M)), chunk = (M + nt - 1) / nt;
  for (let i = 0; i < M; i++) {
    const tid = i / chunk;
    const xp = X + <usize>i * <usize>N * sz, dyp = dY + <usize>i * <usize>N * sz;
    rowwiseMomentsT<T>(xp, N, mv, scratch);
    const mu = load<T>(mv);
    const a: T = <T>1 / <T>sqrt<T>(load<T>(mv + sz) + eps);
    if (dgamma) {
      const bias: T = -a * mu, gb = buf + <usize>tid * <usize>N * sz;
      for (let j = 0; j < N; j++) {
        const o = <usize>j * sz;
        store<T>(gb + o, fmaT<T>(load<T>(dyp + o), fmaT<T>(a, load<T>(xp + o), bias, hw), load<T>(gb + o), hw));
      }
    }
    if (dbeta) {
      const bb = buf + <usize>(threads + tid) * <usize>N * sz;
      for (let j = 0; j < N; j++) { const o = <usize>j * sz; store<T>(bb + o, load<T>(bb + o) + load<T>(dyp + o)); }
    }
    if (dX) {
      const ds: T = gamma ? laneReduceT<T>(2, dyp, xp, gamma, N, acc, hw) : laneReduceT<T>(1, dyp, xp, 0, N, acc, hw);
      const db: T = gamma ? laneReduceT<T>(1, dyp, gamma, 0, N, acc, hw) : laneReduceT<T>(0, dyp, 0, 0, N, acc, hw);
      const b: T = fmaT<T>(db, mu, -ds, hw) * a * a * a * scale;
      const c: T = fmaT<T>(-b, mu, -(db * a * scale), hw);
      const dxp = dX + <usize>i * <usize>N * sz;
      for (let j = 0; j < N; j++) {
        const o = <usize>j * sz;
        const t: T = gamma ? a * load<T>(dyp + o) * load<T>(gamma + o) : a * load<T>(dyp + o);
        store<T>(dxp + o, fmaT<T>(b, load<T>(xp + o), t, hw) + c);
      }
    }
  }
  for (let j = 0; j < N; j++) {
    const o = <usize>j * sz;
    let g: T = <T>0, b: T = <T>0;
    for (let t = 0; t < threads; t++) {
      g = g + load<T>(buf + <usize>t * <usize>N * sz + o);
      b = b + load<T>(buf + <usize>(threads + t) * <usize>N * sz + o);
    }
    if (dgamma) store<T>(dgamma + o, g);
    if (dbeta) store<T>(dbeta + o, b);
  }
}
