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
  const laneOut = scratch + <usize>(24 * slots * L);
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
