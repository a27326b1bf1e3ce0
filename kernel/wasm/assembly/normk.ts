// Normalisation kernels in PyTorch 1.13's CPU order, bit for bit (aten/src/ATen/native/cpu/moments_utils.h,
// layer_norm_kernel.cpp, group_norm_kernel.cpp; BSD-3, the algorithms written anew here). The AVX2 build's
// Vectorized<float> has 8 lanes and Vectorized<double> 4; each lane's arithmetic is written out here one lane at a
// time (the lanes never mix until the end). Where the AVX2 build contracts a·b + c into one FMA (measured against
// torch: the output maps do, RowwiseMoments does not), fmaT rounds once: float32 exactly in software (the product
// is exact in double, the sum rounded to odd then to float), float64 through welford.ts's fmaW.
import { fmaW, madIsFused } from './welford';
import { fmaIsFused } from './sleef';

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
/** fma32s on two lanes: a·b + c of f64x2 lanes holding floats, rounded to odd in double (demote it to get the float). */
// @ts-ignore: decorator
@inline export function fma32v(a: v128, b: v128, c: v128): v128 {
  const p = f64x2.mul(a, b);
  let s = f64x2.add(p, c);
  const bb = f64x2.sub(s, p);
  const err = f64x2.add(f64x2.sub(p, f64x2.sub(s, bb)), f64x2.sub(c, bb));
  // odd already, exact, or not finite: s; else one step toward err (bits ± 1: -1 where s and err differ in sign)
  const fix = v128.and(v128.and(f64x2.ne(err, f64x2.splat(0)), f64x2.lt(f64x2.abs(s), f64x2.splat(Infinity))),
    i64x2.eq(v128.and(s, i64x2.splat(1)), i64x2.splat(0)));
  const step = v128.or(v128.xor(f64x2.gt(s, f64x2.splat(0)), f64x2.gt(err, f64x2.splat(0))), i64x2.splat(1));
  return i64x2.add(s, v128.and(step, fix));
}
/** fma32s (also simd.ts's scalar float fma), exported for the tests. */
export function fmaF32T(a: f32, b: f32, c: f32): f32 { return fma32s(a, b, c); }

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

// @ts-ignore: decorator
@inline function vsub<T>(a: v128, b: v128): v128 { return sizeof<T>() == 4 ? f32x4.sub(a, b) : f64x2.sub(a, b); }
// @ts-ignore: decorator
@inline function vadd<T>(a: v128, b: v128): v128 { return sizeof<T>() == 4 ? f32x4.add(a, b) : f64x2.add(a, b); }
// @ts-ignore: decorator
@inline function vmul<T>(a: v128, b: v128): v128 { return sizeof<T>() == 4 ? f32x4.mul(a, b) : f64x2.mul(a, b); }

/**
 * RowwiseMoments(X, N): Welford over Vectorized lanes in chunks of 16 vectors, the chunks merged in a cascade
 * (a binary counter of partial states), the lanes then merged into the scalar tail's state. Returns the mean in
 * the first T at out and the biased variance in the second. A Vectorized is two v128 here (8 floats, 4 doubles),
 * each lane's arithmetic the scalar one (no fused multiply-adds); every lane has its own cascade of states.
 * scratch: MOMENTS_SCRATCH bytes (24·slots per lane, then 16 per lane of results).
 */
export function rowwiseMomentsT<T>(X: usize, N: i32, out: usize, scratch: usize): void {
  const sz = <usize>sizeof<T>();
  const L: i32 = sizeof<T>() == 4 ? 8 : 4;
  const n: i32 = N / L;
  const m: i32 = (n + CHUNK - 1) / CHUNK;
  const depth = ceilLog2(m);
  const slots = max(depth, 1);
  // lane l's cascade: states (m0 i64, m1 T, m2 T) at scratch + 24·(l·slots + d); the chunk's lane values at laneOut
  const laneOut = scratch + <usize>(24 * slots * L);
  for (let l = 0; l < L; l++) {
    for (let d = 0; d < slots; d++) {
      const st = scratch + <usize>(24 * (l * slots + d));
      store<i64>(st, 0); store<T>(st, <T>0, 8); store<T>(st, <T>0, 16);
    }
  }
  for (let i = 0; i < m; i++) {
    let base = X + <usize>(i * CHUNK * L) * sz;
    const m0 = min(CHUNK, n - i * CHUNK);
    let m1a = v128.splat<T>(<T>0), m1b = m1a, m2a = m1a, m2b = m1a;
    for (let j = 0; j < m0; j++) {
      const c = v128.splat<T>(<T>1 / <T>(j + 1));
      const xa = v128.load(base), xb = v128.load(base, 16);
      const da = vsub<T>(xa, m1a), db = vsub<T>(xb, m1b);
      m1a = vadd<T>(m1a, vmul<T>(da, c)); m1b = vadd<T>(m1b, vmul<T>(db, c));
      m2a = vadd<T>(m2a, vmul<T>(da, vsub<T>(xa, m1a))); m2b = vadd<T>(m2b, vmul<T>(db, vsub<T>(xb, m1b)));
      base += <usize>L * sz;
    }
    v128.store(laneOut, m1a); v128.store(laneOut, m1b, 16); v128.store(laneOut, m2a, 32); v128.store(laneOut, m2b, 48);
    for (let l = 0; l < L; l++) {
      const lane = scratch + <usize>(24 * l * slots);
      addMoments<T>(lane, <i64>m0, load<T>(laneOut + <usize>l * sz), load<T>(laneOut + <usize>(l + L) * sz));
      let mask = i + 1;
      for (let j = 1; j < depth && (mask & 1) == 0; j++) {
        const lo = lane + <usize>(24 * (j - 1));
        addMoments<T>(lane + <usize>(24 * j), load<i64>(lo), load<T>(lo, 8), load<T>(lo, 16));
        store<i64>(lo, 0); store<T>(lo, <T>0, 8); store<T>(lo, <T>0, 16);
        mask >>= 1;
      }
    }
  }
  for (let l = 0; l < L; l++) {
    const lane = scratch + <usize>(24 * l * slots);
    for (let d = 1; d < depth; d++) {
      const hi = lane + <usize>(24 * d);
      addMoments<T>(lane, load<i64>(hi), load<T>(hi, 8), load<T>(hi, 16));
    }
    store<T>(laneOut + <usize>(16 * l), load<T>(lane, 8));
    store<T>(laneOut + <usize>(16 * l), load<T>(lane, 16), 8);
  }
  // the scalar tail, then the lanes in order
  const st = scratch;
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
export const MOMENTS_SCRATCH: i32 = 24 * 32 * 8 + 16 * 8;

/**
 * LayerNormKernelImplInternal over rows [0, rows) of a contiguous [rows, N] block: mean and rstd per row (into
 * mean/rstd, T each), y = (x·rstd + (-rstd·mean))·γ + β with both multiply-adds fused; gamma/beta 0 when absent.
 */
export function layerNormT<T>(X: usize, rows: i32, N: i32, gamma: usize, beta: usize, eps: T, Y: usize, mean: usize, rstd: usize, scratch: usize): void {
  const sz = <usize>sizeof<T>();
  const hw = madIsFused(), hw32 = fmaIsFused();
  const mv = scratch + <usize>MOMENTS_SCRATCH;
  for (let r = 0; r < rows; r++) {
    const xp = X + <usize>r * <usize>N * sz, yp = Y + <usize>r * <usize>N * sz;
    rowwiseMomentsT<T>(xp, N, mv, scratch);
    const mu = load<T>(mv), v = load<T>(mv + sz);
    const rs: T = <T>1 / <T>sqrt<T>(v + eps);
    const bias: T = -rs * mu;
    let j = 0;
    if (sizeof<T>() == 4 && ASC_FEATURE_RELAXED_SIMD && hw32) {
      // four lanes at a time through the hardware's FMA (relaxed_madd fuses here: one rounding, as fma32s)
      const rv = f32x4.splat(<f32>rs), bv = f32x4.splat(<f32>bias);
      for (; j + 4 <= N; j += 4) {
        const o = <usize>j << 2;
        let y = f32x4.relaxed_madd(v128.load(xp + o), rv, bv);
        if (gamma || beta) {
          y = f32x4.relaxed_madd(y, gamma ? v128.load(gamma + o) : f32x4.splat(1), beta ? v128.load(beta + o) : f32x4.splat(0));
        } else {
          y = f32x4.add(y, f32x4.splat(0));   // fma(y, 1, 0): y, but +0 for -0
        }
        v128.store(yp + o, y);
      }
    } else if (sizeof<T>() == 4) {
      // two lanes at a time in f64x2 (fma32v), the same roundings as fma32s
      const rv = f64x2.splat(<f64>rs), bv = f64x2.splat(<f64>bias);
      for (; j + 2 <= N; j += 2) {
        const o = <usize>j << 2;
        const x = f64x2.promote_low_f32x4(v128.load64_zero(xp + o));
        let y = f32x4.demote_f64x2_zero(fma32v(x, rv, bv));
        if (gamma || beta) {
          const g = gamma ? f64x2.promote_low_f32x4(v128.load64_zero(gamma + o)) : f64x2.splat(1);
          const b = beta ? f64x2.promote_low_f32x4(v128.load64_zero(beta + o)) : f64x2.splat(0);
          y = f32x4.demote_f64x2_zero(fma32v(f64x2.promote_low_f32x4(y), g, b));
        } else {
          y = f32x4.add(y, f32x4.splat(0));   // fma(y, 1, 0): y, but +0 for -0
        }
        v128.store64_lane(yp + o, y, 0);
      }
    }
    for (; j < N; j++) {
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
 * 1: Σ p0·p1; 2: Σ (p0·p1)·p2; 3: Σ (p0 - mu)·p1). The first vector holds the mapped values; every later one is added lane-wise, the
 * product fused into the add (1: fma(p0, p1, acc); 2: fma(p0·p1, p2, acc)), the tail into its first lanes; the
 * lanes are then combined as vec_reduce_all does: float's AVX2 shuffle tree, double's lane 0 + 1 + 2 + 3. Rows
 * shorter than a vector add their mapped values in order. acc: L T of scratch.
 */
function laneReduceT<T>(mode: i32, p0: usize, p1: usize, p2: usize, N: i32, acc: usize, hw: bool, mu: T = <T>0): T {
  const sz = <usize>sizeof<T>();
  const L: i32 = sizeof<T>() == 4 ? 8 : 4;
  if (N < L) {
    let v: T = <T>0;
    for (let i = 0; i < N; i++) {
      const o = <usize>i * sz;
      const m: T = mode == 0 ? load<T>(p0 + o) : mode == 1 ? load<T>(p0 + o) * load<T>(p1 + o) : mode == 3 ? (load<T>(p0 + o) - mu) * load<T>(p1 + o) : (load<T>(p0 + o) * load<T>(p1 + o)) * load<T>(p2 + o);
      v = i == 0 ? m : v + m;
    }
    return v;
  }
  for (let l = 0; l < L; l++) {
    const o = <usize>l * sz;
    store<T>(acc + o, mode == 0 ? load<T>(p0 + o) : mode == 1 ? load<T>(p0 + o) * load<T>(p1 + o) : mode == 3 ? (load<T>(p0 + o) - mu) * load<T>(p1 + o) : (load<T>(p0 + o) * load<T>(p1 + o)) * load<T>(p2 + o));
  }
  for (let i = L; i < N; i++) {
    const o = <usize>i * sz, ao = acc + <usize>(i % L) * sz;
    const a = load<T>(ao);
    store<T>(ao, mode == 0 ? a + load<T>(p0 + o) : mode == 1 ? fmaT<T>(load<T>(p0 + o), load<T>(p1 + o), a, hw)
      : mode == 3 ? fmaT<T>(load<T>(p0 + o) - mu, load<T>(p1 + o), a, hw) : fmaT<T>(load<T>(p0 + o) * load<T>(p1 + o), load<T>(p2 + o), a, hw));
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

/**
 * GroupNormKernelImplInternal (contiguous input) over x [N, C, HxW] in G groups: RowwiseMoments per (n, g), rstd =
 * 1/sqrt(max(var, 0) + eps); without γ and β y = (x - mean)·rstd, else per channel scale = rstd·γ, bias =
 * -scale·mean + β (unfused), y = fma(scale, x, bias).
 */
export function groupNormT<T>(X: usize, N: i32, C: i32, HW: i32, G: i32, gamma: usize, beta: usize, eps: T, Y: usize, scratch: usize): void {
  const sz = <usize>sizeof<T>();
  const hw = madIsFused();
  const D = C / G, inner = D * HW;
  const mv = scratch + <usize>MOMENTS_SCRATCH;
  for (let i = 0; i < N * G; i++) {
    const xp = X + <usize>i * <usize>inner * sz, yp = Y + <usize>i * <usize>inner * sz;
    rowwiseMomentsT<T>(xp, inner, mv, scratch);
    const mu = load<T>(mv), v = load<T>(mv + sz);
    const rs: T = <T>1 / <T>sqrt<T>(max<T>(v, <T>0) + eps);
    if (!gamma && !beta) {
      for (let j = 0; j < inner; j++) { const o = <usize>j * sz; store<T>(yp + o, (load<T>(xp + o) - mu) * rs); }
      continue;
    }
    const g = i % G;
    for (let j = 0; j < D; j++) {
      const c = g * D + j;
      const sc: T = rs * (gamma ? load<T>(gamma + <usize>c * sz) : <T>1);
      const bias: T = -sc * mu + (beta ? load<T>(beta + <usize>c * sz) : <T>0);
      const xr = xp + <usize>(j * HW) * sz, yr = yp + <usize>(j * HW) * sz;
      for (let k = 0; k < HW; k++) { const o = <usize>k * sz; store<T>(yr + o, fmaT<T>(sc, load<T>(xr + o), bias, hw)); }
    }
  }
}

/**
 * Σ p[i]·q[i] (q = 0: Σ p[i]) over n elements as group_norm's backward loops compute it: Vectorized lanes from 0,
 * each product fused into its lane (fma), the lanes added in order from 0 (std::accumulate), then the scalar tail,
 * whose first `pack`-multiple elements the AVX2 build multiplies as one SSE vector (products rounded, then added)
 * and the rest fused (measured: pack 4 for float; for double 0 over HxW, 2 over the channels of a group, and 0
 * there too in the copy of that loop that at::parallel_for runs on several threads).
 */
function groupDotT<T>(p: usize, ps: i32, q: usize, qs: i32, n: i32, pack: i32, hw: bool): T {
  const sz = <usize>sizeof<T>();
  const L: i32 = sizeof<T>() == 4 ? 8 : 4;
  const inner = n / L * L;
  let total: T = <T>0;
  for (let l = 0; l < L; l++) {
    let a: T = <T>0;
    for (let i = l; i < inner; i += L) {
      const pv = load<T>(p + <usize>(i * ps) * sz);
      a = q ? fmaT<T>(pv, load<T>(q + <usize>(i * qs) * sz), a, hw) : a + pv;
    }
    total = total + a;
  }
  const u = pack > 0 ? inner + (n - inner) / pack * pack : inner;
  for (let i = inner; i < n; i++) {
    const pv = load<T>(p + <usize>(i * ps) * sz);
    if (!q) total = total + pv;
    else if (i < u) total = total + pv * load<T>(q + <usize>(i * qs) * sz);
    else total = fmaT<T>(pv, load<T>(q + <usize>(i * qs) * sz), total, hw);
  }
  return total;
}

/**
 * GroupNormBackwardKernelImplInternal (contiguous): ds/db per (n, c) over HxW (into dsdb: 2·N·C T), then dX (when
 * ≠ 0) per (n, g): c2 = (db·mean - ds)·rstd³·s, c3 = -c2·mean - db·rstd·s, dX = fma(rstd·γ, dy, c2·x) + c3; dgamma
 * Σ_n fma(ds - db·mean, rstd, ·) and dbeta Σ_n db, from 0 in n's order (when ≠ 0). mean/rstd are recomputed.
 * threads: torch.get_num_threads() (the group reductions' tail is compiled differently in the parallel copy).
 */
export function groupNormBackwardT<T>(dY: usize, X: usize, N: i32, C: i32, HW: i32, G: i32, gamma: usize, eps: T,
  dX: usize, dgamma: usize, dbeta: usize, dsdb: usize, stats: usize, threads: i32, scratch: usize): void {
  const sz = <usize>sizeof<T>();
  const hw = madIsFused();
  const D = C / G, inner = D * HW;
  const pack4: i32 = sizeof<T>() == 4 ? 4 : 0;
  const packD: i32 = threads > 1 && N * G > 1 ? 0 : sizeof<T>() == 4 ? 4 : 2;
  const ds = dsdb, db = dsdb + <usize>(N * C) * sz;
  for (let i = 0; i < N * C; i++) {
    const o = <usize>(i * HW) * sz;
    store<T>(ds + <usize>i * sz, groupDotT<T>(dY + o, 1, X + o, 1, HW, pack4, hw));
    store<T>(db + <usize>i * sz, groupDotT<T>(dY + o, 1, 0, 0, HW, pack4, hw));
  }
  // mean and rstd per (n, g) into stats (2·N·G T)
  const mv = scratch + <usize>MOMENTS_SCRATCH;
  for (let i = 0; i < N * G; i++) {
    rowwiseMomentsT<T>(X + <usize>i * <usize>inner * sz, inner, mv, scratch);
    store<T>(stats + <usize>(2 * i) * sz, load<T>(mv));
    store<T>(stats + <usize>(2 * i + 1) * sz, <T>1 / <T>sqrt<T>(max<T>(load<T>(mv + sz), <T>0) + eps));
  }
  if (dX) {
    const s: T = <T>1 / <T>(D * HW);
    const ones = scratch + <usize>MOMENTS_SCRATCH + 16;
    store<T>(ones, <T>1);
    for (let i = 0; i < N * G; i++) {
      const g = i % G;
      const mu = load<T>(stats + <usize>(2 * i) * sz), r = load<T>(stats + <usize>(2 * i + 1) * sz);
      const gp = gamma ? gamma + <usize>(g * D) * sz : ones, gs = gamma ? 1 : 0;
      const dsv = groupDotT<T>(ds + <usize>(i * D) * sz, 1, gp, gs, D, packD, hw);
      const dbv = groupDotT<T>(db + <usize>(i * D) * sz, 1, gp, gs, D, packD, hw);
      const c2: T = fmaT<T>(dbv, mu, -dsv, hw) * r * r * r * s;
      const c3: T = fmaT<T>(-c2, mu, -(dbv * r * s), hw);
      for (let j = 0; j < D; j++) {
        const c1: T = r * (gamma ? load<T>(gamma + <usize>(g * D + j) * sz) : <T>1);
        const o = <usize>((i * D + j) * HW) * sz;
        for (let k = 0; k < HW; k++) {
          const e = o + <usize>k * sz;
          store<T>(dX + e, fmaT<T>(c1, load<T>(dY + e), c2 * load<T>(X + e), hw) + c3);
        }
      }
    }
  }
  if (dgamma) {
    for (let c = 0; c < C; c++) store<T>(dgamma + <usize>c * sz, <T>0);
    for (let i = 0; i < N * G; i++) {
      const g = i % G;
      const mu = load<T>(stats + <usize>(2 * i) * sz), r = load<T>(stats + <usize>(2 * i + 1) * sz);
      for (let j = 0; j < D; j++) {
        const c = g * D + j, k = (i / G) * C + c;
        const t = fmaT<T>(-load<T>(db + <usize>k * sz), mu, load<T>(ds + <usize>k * sz), hw);
        store<T>(dgamma + <usize>c * sz, fmaT<T>(t, r, load<T>(dgamma + <usize>c * sz), hw));
      }
    }
  }
  if (dbeta) {
    for (let c = 0; c < C; c++) {
      let v: T = <T>0;
      for (let n = 0; n < N; n++) v = v + load<T>(db + <usize>(n * C + c) * sz);
      store<T>(dbeta + <usize>c * sz, v);
    }
  }
}

/**
 * batch_norm_cpu_collect_stats (contiguous x [Nb, C, S]): mean and var_sum per channel into stats (2·C T). S > 1:
 * Σ x in double in (n, i) order, mean = that / n rounded to T, then Σ (x - mean)² in double of T squares (see
 * below for double's fused ones). S = 1
 * (the channels-last kernel): per-thread T buffers over at::parallel_for's row chunks, x added lane-wise, then
 * fma(x - mean, x - mean, ·), each buffer column summed in double in thread order. buf: threads·C T.
 */
export function batchNormStatsT<T>(X: usize, Nb: i32, C: i32, S: i32, threads: i32, stats: usize, buf: usize): void {
  const sz = <usize>sizeof<T>();
  const hw = madIsFused();
  const n = <f64>Nb * <f64>S;
  if (S > 1) {
    for (let c = 0; c < C; c++) {
      let s: f64 = 0;
      for (let b = 0; b < Nb; b++) {
        const p = X + <usize>((b * C + c) * S) * sz;
        for (let i = 0; i < S; i++) s += <f64>load<T>(p + <usize>i * sz);
      }
      const mean = <T>(s / n);
      // double: the AVX2 build squares each plane's elements in SSE pairs (rounded, then added) and fuses the odd
      // last one (measured); float's squares are rounded to float before the double sum either way
      const u = sizeof<T>() == 8 ? S - S % 2 : S;
      let v: f64 = 0;
      for (let b = 0; b < Nb; b++) {
        const p = X + <usize>((b * C + c) * S) * sz;
        for (let i = 0; i < S; i++) {
          const d: T = load<T>(p + <usize>i * sz) - mean;
          v = i < u ? v + <f64>(d * d) : fmaW(<f64>d, <f64>d, v, hw);
        }
      }
      store<T>(stats + <usize>c * sz, mean);
      store<T>(stats + <usize>(C + c) * sz, <T>v);
    }
    return;
  }
  const nt = Nb > 1 && threads > 1 ? min(threads, Nb) : 1, chunk = (Nb + nt - 1) / nt;
  for (let i = 0; i < threads * C; i++) store<T>(buf + <usize>i * sz, <T>0);
  for (let r = 0; r < Nb; r++) {
    const bp = buf + <usize>((r / chunk) * C) * sz, xp = X + <usize>(r * C) * sz;
    for (let c = 0; c < C; c++) { const o = <usize>c * sz; store<T>(bp + o, load<T>(xp + o) + load<T>(bp + o)); }
  }
  for (let c = 0; c < C; c++) {
    let s: f64 = 0;
    for (let t = 0; t < threads; t++) s += <f64>load<T>(buf + <usize>(t * C + c) * sz);
    store<T>(stats + <usize>c * sz, <T>(s / n));
  }
  for (let i = 0; i < threads * C; i++) store<T>(buf + <usize>i * sz, <T>0);
  for (let r = 0; r < Nb; r++) {
    const bp = buf + <usize>((r / chunk) * C) * sz, xp = X + <usize>(r * C) * sz;
    for (let c = 0; c < C; c++) {
      const o = <usize>c * sz;
      const d: T = load<T>(xp + o) - load<T>(stats + o);
      store<T>(bp + o, fmaT<T>(d, d, load<T>(bp + o), hw));
    }
  }
  for (let c = 0; c < C; c++) {
    let v: f64 = 0;
    for (let t = 0; t < threads; t++) v += <f64>load<T>(buf + <usize>(t * C + c) * sz);
    store<T>(stats + <usize>(C + c) * sz, <T>v);
  }
}

/**
 * native_batch_norm's forward on a contiguous x [Nb, C, S]. train: the statistics above; save_mean/save_invstd
 * into stats (2·C T; invstd = 1/sqrt(var_sum/n + eps), the division in T, the rest in double); running_mean and
 * running_var (T, when ≠ 0) updated in place as Normalization.cpp compiles it (float: momentum·mean +
 * (1 - momentum)·running unfused, the variance's product fused; double: both unfused). Eval: invstd =
 * 1/sqrt(running_var + eps) in T. Then alpha = invstd·γ, beta = fma(-mean, alpha, β), y = fma(x, alpha, beta).
 */
export function batchNormForwardT<T>(X: usize, Nb: i32, C: i32, S: i32, gamma: usize, beta: usize, rm: usize, rv: usize,
  train: bool, momentum: f64, eps: f64, threads: i32, Y: usize, stats: usize, buf: usize): void {
  const sz = <usize>sizeof<T>();
  const hw = madIsFused(), hw32 = fmaIsFused();
  const n: i64 = <i64>Nb * <i64>S;
  if (train) {
    batchNormStatsT<T>(X, Nb, C, S, threads, stats, buf);
    const mom = <T>momentum, om: T = <T>1 - mom;
    for (let c = 0; c < C; c++) {
      const o = <usize>c * sz;
      const mean = load<T>(stats + o), vs = load<T>(stats + <usize>(C + c) * sz);
      const var_: f64 = <f64>(vs / <T>n);
      store<T>(stats + <usize>(C + c) * sz, var_ == 0 && eps == 0 ? <T>0 : <T>(1 / Math.sqrt(var_ + eps)));
      if (rm) store<T>(rm + o, mom * mean + om * load<T>(rm + o));
      if (rv) {
        const unb: T = vs / <T>(n - 1);
        store<T>(rv + o, sizeof<T>() == 4 ? fmaT<T>(mom, unb, om * load<T>(rv + o), hw) : mom * unb + om * load<T>(rv + o));
      }
    }
  } else {
    for (let c = 0; c < C; c++) {
      const o = <usize>c * sz;
      store<T>(stats + o, load<T>(rm + o));
      store<T>(stats + <usize>(C + c) * sz, <T>1 / <T>sqrt<T>(load<T>(rv + o) + <T>eps));
    }
  }
  for (let c = 0; c < C; c++) {
    const o = <usize>c * sz;
    const alpha: T = load<T>(stats + <usize>(C + c) * sz) * (gamma ? load<T>(gamma + o) : <T>1);
    const bet: T = fmaT<T>(-load<T>(stats + o), alpha, beta ? load<T>(beta + o) : <T>0, hw);
    for (let b = 0; b < Nb; b++) {
      const p = <usize>((b * C + c) * S) * sz;
      let i = 0;
      if (sizeof<T>() == 4 && ASC_FEATURE_RELAXED_SIMD && hw32) {
        // four lanes at a time through the hardware's FMA (one rounding, as fma32s)
        const av = f32x4.splat(<f32>alpha), bv = f32x4.splat(<f32>bet);
        for (; i + 4 <= S; i += 4) { const e = p + <usize>i * 4; v128.store(Y + e, f32x4.relaxed_madd(v128.load(X + e), av, bv)); }
      } else if (sizeof<T>() == 4) {
        // two lanes at a time in f64x2 (fma32v), the same roundings as fma32s
        const av = f64x2.splat(<f64>alpha), bv = f64x2.splat(<f64>bet);
        for (; i + 2 <= S; i += 2) {
          const e = p + <usize>i * 4;
          v128.store64_lane(Y + e, f32x4.demote_f64x2_zero(fma32v(f64x2.promote_low_f32x4(v128.load64_zero(X + e)), av, bv)), 0);
        }
      }
      for (; i < S; i++) { const e = p + <usize>i * sz; store<T>(Y + e, fmaT<T>(load<T>(X + e), alpha, bet, hw)); }
    }
  }
}

/**
 * native_batch_norm_backward's kernels on contiguous x, dy [Nb, C, S]: dX / dgamma / dbeta where ≠ 0. mean and
 * invstd: the forward's (recomputed) in training, running_mean and 1/sqrt(running_var + eps) (in double) in
 * evaluation. S > 1 (batch_norm_cpu_backward_contiguous_impl): per channel, Σ dy and Σ (x - mean)·dy by vec
 * reductions per plane, added in double; S = 1 (the channels-last kernel): per-thread T buffers over row chunks,
 * summed in double and rounded to T. dX = fma(-(x - mean), k, dy - Σdy/N)·invstd·γ with k = Σ(x - mean)dy·invstd²/N
 * (unfused in double's vector tail of the channels-last kernel, as measured), dY·invstd·γ in evaluation.
 * stats: 2·C T, buf: 2·threads·C T, acc: 8 T.
 */
export function batchNormBackwardT<T>(dY: usize, X: usize, Nb: i32, C: i32, S: i32, gamma: usize, rm: usize, rv: usize, train: bool,
  eps: f64, threads: i32, dX: usize, dgamma: usize, dbeta: usize, stats: usize, buf: usize, acc: usize): void {
  const sz = <usize>sizeof<T>();
  const hw = madIsFused();
  const N: i64 = <i64>Nb * <i64>S;
  if (train) {
    batchNormStatsT<T>(X, Nb, C, S, threads, stats, buf);
    for (let c = 0; c < C; c++) {
      const v: f64 = <f64>(load<T>(stats + <usize>(C + c) * sz) / <T>N);
      store<T>(stats + <usize>(C + c) * sz, v == 0 && eps == 0 ? <T>0 : <T>(1 / Math.sqrt(v + eps)));
    }
  } else {
    for (let c = 0; c < C; c++) {
      store<T>(stats + <usize>c * sz, load<T>(rm + <usize>c * sz));
      store<T>(stats + <usize>(C + c) * sz, <T>(1 / Math.sqrt(<f64>load<T>(rv + <usize>c * sz) + eps)));
    }
  }
  if (S > 1) {
    for (let c = 0; c < C; c++) {
      const mu = load<T>(stats + <usize>c * sz), iv = load<T>(stats + <usize>(C + c) * sz);
      const w: T = gamma ? load<T>(gamma + <usize>c * sz) : <T>1;
      let s: f64 = 0, dp: f64 = 0;
      for (let b = 0; b < Nb; b++) {
        const o = <usize>((b * C + c) * S) * sz;
        s += <f64>laneReduceT<T>(0, dY + o, 0, 0, S, acc, hw);
        dp += <f64>laneReduceT<T>(3, X + o, dY + o, 0, S, acc, hw, mu);
      }
      if (dX) {
        const k: T = <T>dp * iv * iv / <T>N, gm = <T>(s / <f64>N);
        for (let b = 0; b < Nb; b++) {
          const o = <usize>((b * C + c) * S) * sz;
          for (let i = 0; i < S; i++) {
            const e = o + <usize>i * sz;
            store<T>(dX + e, train ? fmaT<T>(-(load<T>(X + e) - mu), k, load<T>(dY + e) - gm, hw) * iv * w : load<T>(dY + e) * iv * w);
          }
        }
      }
      if (dgamma) store<T>(dgamma + <usize>c * sz, <T>(dp * <f64>iv));
      if (dbeta) store<T>(dbeta + <usize>c * sz, <T>s);
    }
    return;
  }
  const nt = Nb > 1 && threads > 1 ? min(threads, Nb) : 1, chunk = (Nb + nt - 1) / nt;
  const sb = buf, db = buf + <usize>(threads * C) * sz;
  for (let i = 0; i < 2 * threads * C; i++) store<T>(buf + <usize>i * sz, <T>0);
  for (let r = 0; r < Nb; r++) {
    const to = <usize>((r / chunk) * C) * sz, ro = <usize>(r * C) * sz;
    for (let c = 0; c < C; c++) {
      const o = <usize>c * sz, dy = load<T>(dY + ro + o);
      store<T>(sb + to + o, load<T>(sb + to + o) + dy);
      store<T>(db + to + o, fmaT<T>(load<T>(X + ro + o) - load<T>(stats + o), dy, load<T>(db + to + o), hw));
    }
  }
  const L: i32 = sizeof<T>() == 4 ? 8 : 4;
  const vecEnd = sizeof<T>() == 4 ? C : C - C % L;
  for (let c = 0; c < C; c++) {
    let s: f64 = 0, dp: f64 = 0;
    for (let t = 0; t < threads; t++) { s += <f64>load<T>(sb + <usize>(t * C + c) * sz); dp += <f64>load<T>(db + <usize>(t * C + c) * sz); }
    const st = <T>s, dpt = <T>dp;
    const mu = load<T>(stats + <usize>c * sz), iv = load<T>(stats + <usize>(C + c) * sz);
    const w: T = gamma ? load<T>(gamma + <usize>c * sz) : <T>1;
    if (dX) {
      const k: T = dpt * iv * iv / <T>N, gm: T = st / <T>N;
      for (let r = 0; r < Nb; r++) {
        const e = <usize>(r * C + c) * sz;
        let t: T;
        if (!train) t = load<T>(dY + e);
        else if (c < vecEnd) t = fmaT<T>(-(load<T>(X + e) - mu), k, load<T>(dY + e) - gm, hw);
        else t = (load<T>(dY + e) - gm) - (load<T>(X + e) - mu) * k;
        store<T>(dX + e, t * iv * w);
      }
    }
    if (dgamma) store<T>(dgamma + <usize>c * sz, dpt * iv);
    if (dbeta) store<T>(dbeta + <usize>c * sz, st);
  }
}

/**
 * NormTwo's accumulation in binary_kernel_reduce (the 2-norm along a dim, or over everything): acc = fma(x, x, acc)
 * in T over n elements of T at p, `s` elements apart, in order, from `init`; the sum of squares (the caller takes
 * the square root). Sequential, so a long run may be cut into calls that pass the sum on.
 */
export function normTwoRunT<T>(p: usize, n: i32, s: i32, init: f64): f64 {
  const hw = madIsFused();
  const step = <usize>s * sizeof<T>();
  let acc = <T>init;
  for (let i = 0; i < n; i++) {
    const v = load<T>(p);
    acc = fmaT<T>(v, v, acc, hw);
    p += step;
  }
  return <f64>acc;
}

/**
 * The float32 2-norm's sum of squares along a contiguous last dim as binary_kernel_reduce_lastdim with
 * norm_two_reduce_step runs it (measured against PyTorch 1.13.1): 8 lanes of fused x·x + acc over whole vectors,
 * the lanes added in order, then the tail in groups of 4 unfused (a vector multiply, added in order) and the last
 * tail % 4 fused. n floats at p; the caller takes the square root.
 */
export function normTwoLastdimF32(p: usize, n: i32): f32 {
  const hw = fmaIsFused();
  let a0 = f32x4.splat(0), a1 = a0;
  let d = 0;
  for (; d + 8 <= n; d += 8) {
    const v0 = v128.load(p + (<usize>d << 2)), v1 = v128.load(p + (<usize>d << 2), 16);
    if (ASC_FEATURE_RELAXED_SIMD && hw) {
      a0 = f32x4.relaxed_madd(v0, v0, a0);
      a1 = f32x4.relaxed_madd(v1, v1, a1);
    } else {
      a0 = fma32x4s(v0, a0);
      a1 = fma32x4s(v1, a1);
    }
  }
  let b = f32x4.extract_lane(a0, 0);
  b += f32x4.extract_lane(a0, 1); b += f32x4.extract_lane(a0, 2); b += f32x4.extract_lane(a0, 3);
  b += f32x4.extract_lane(a1, 0); b += f32x4.extract_lane(a1, 1); b += f32x4.extract_lane(a1, 2); b += f32x4.extract_lane(a1, 3);
  const t4 = d + ((n - d) & ~3);
  for (; d < t4; d++) { const v = load<f32>(p + (<usize>d << 2)); b += v * v; }
  for (; d < n; d++) { const v = load<f32>(p + (<usize>d << 2)); b = fma32s(v, v, b); }
  return b;
}
/** v·v + a lane by lane, each rounded once (fma32s). */
function fma32x4s(v: v128, a: v128): v128 {
  let r = a;
  r = f32x4.replace_lane(r, 0, fma32s(f32x4.extract_lane(v, 0), f32x4.extract_lane(v, 0), f32x4.extract_lane(a, 0)));
  r = f32x4.replace_lane(r, 1, fma32s(f32x4.extract_lane(v, 1), f32x4.extract_lane(v, 1), f32x4.extract_lane(a, 1)));
  r = f32x4.replace_lane(r, 2, fma32s(f32x4.extract_lane(v, 2), f32x4.extract_lane(v, 2), f32x4.extract_lane(a, 2)));
  r = f32x4.replace_lane(r, 3, fma32s(f32x4.extract_lane(v, 3), f32x4.extract_lane(v, 3), f32x4.extract_lane(a, 3)));
  return r;
}
