// SIMD reductions of float runs for index.ts's reduce: a contiguous run of n (inner == 1), or n rows of a
// [n, inner] block reduced column-wise (inner > 1, a reduction over a leading or middle dim read in place).
// sum accumulates in f64 (like the scalar loop), max/min in the element type with NaN propagating (wasm's
// f32x4.max/min return NaN when either lane is NaN). Also the fused softmax / log_softmax rows (exp: exp.ts).
import { expShiftF32, logF32 } from './exp';
import { expF64, logF64 } from './expd';

/** Σ of n contiguous floats, in f64 (float32: blocks of 32 summed as a tree of f32x4 adds, then promoted). */
export function sumRun<T>(p: usize, n: i32): f64 {
  let a0 = f64x2.splat(0), a1 = a0;
  let i = 0;
  if (sizeof<T>() == 4 && n >= 1 << 16) {
    // Long runs: four streams a quarter apart, read side by side (more memory-level parallelism than one stream).
    const q4 = (n >> 2) & ~31;
    const qb = <usize>q4 << 2;
    let b0 = a0, b1 = a0, c0 = a0, c1 = a0, d0 = a0, d1 = a0;
    for (let j = 0; j < q4; j += 32) {
      const q = p + (<usize>j << 2);
      const x = f32x4.add(
        f32x4.add(f32x4.add(v128.load(q), v128.load(q, 16)), f32x4.add(v128.load(q, 32), v128.load(q, 48))),
        f32x4.add(f32x4.add(v128.load(q, 64), v128.load(q, 80)), f32x4.add(v128.load(q, 96), v128.load(q, 112))));
      const r = q + qb;
      const y = f32x4.add(
        f32x4.add(f32x4.add(v128.load(r), v128.load(r, 16)), f32x4.add(v128.load(r, 32), v128.load(r, 48))),
        f32x4.add(f32x4.add(v128.load(r, 64), v128.load(r, 80)), f32x4.add(v128.load(r, 96), v128.load(r, 112))));
      const t = r + qb;
      const z = f32x4.add(
        f32x4.add(f32x4.add(v128.load(t), v128.load(t, 16)), f32x4.add(v128.load(t, 32), v128.load(t, 48))),
        f32x4.add(f32x4.add(v128.load(t, 64), v128.load(t, 80)), f32x4.add(v128.load(t, 96), v128.load(t, 112))));
      const u = t + qb;
      const w = f32x4.add(
        f32x4.add(f32x4.add(v128.load(u), v128.load(u, 16)), f32x4.add(v128.load(u, 32), v128.load(u, 48))),
        f32x4.add(f32x4.add(v128.load(u, 64), v128.load(u, 80)), f32x4.add(v128.load(u, 96), v128.load(u, 112))));
      a0 = f64x2.add(a0, f64x2.promote_low_f32x4(x)); a1 = f64x2.add(a1, f64x2.promote_low_f32x4(i64x2.shuffle(x, x, 1, 0)));
      b0 = f64x2.add(b0, f64x2.promote_low_f32x4(y)); b1 = f64x2.add(b1, f64x2.promote_low_f32x4(i64x2.shuffle(y, y, 1, 0)));
      c0 = f64x2.add(c0, f64x2.promote_low_f32x4(z)); c1 = f64x2.add(c1, f64x2.promote_low_f32x4(i64x2.shuffle(z, z, 1, 0)));
      d0 = f64x2.add(d0, f64x2.promote_low_f32x4(w)); d1 = f64x2.add(d1, f64x2.promote_low_f32x4(i64x2.shuffle(w, w, 1, 0)));
    }
    a0 = f64x2.add(f64x2.add(a0, b0), f64x2.add(c0, d0)); a1 = f64x2.add(f64x2.add(a1, b1), f64x2.add(c1, d1));
    const s = f64x2.add(a0, a1);
    return f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1) + sumRun<T>(p + 4 * qb, n - 4 * q4);
  }
  if (sizeof<T>() == 4) {
    for (; i + 32 <= n; i += 32) {
      const q = p + (<usize>i << 2);
      const x = f32x4.add(
        f32x4.add(f32x4.add(v128.load(q), v128.load(q, 16)), f32x4.add(v128.load(q, 32), v128.load(q, 48))),
        f32x4.add(f32x4.add(v128.load(q, 64), v128.load(q, 80)), f32x4.add(v128.load(q, 96), v128.load(q, 112))));
      a0 = f64x2.add(a0, f64x2.promote_low_f32x4(x));
      a1 = f64x2.add(a1, f64x2.promote_low_f32x4(i64x2.shuffle(x, x, 1, 0)));
    }
  } else {
    let a2 = a0, a3 = a0;
    for (; i + 8 <= n; i += 8) {
      const q = p + (<usize>i << 3);
      a0 = f64x2.add(a0, v128.load(q)); a1 = f64x2.add(a1, v128.load(q, 16));
      a2 = f64x2.add(a2, v128.load(q, 32)); a3 = f64x2.add(a3, v128.load(q, 48));
    }
    a0 = f64x2.add(a0, a2); a1 = f64x2.add(a1, a3);
  }
  const s = f64x2.add(a0, a1);
  let r = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (; i < n; i++) r += <f64>load<T>(p + <usize>i * sizeof<T>());
  return r;
}

/** Σ (x - mean)² of n contiguous floats, in f64. */
export function sqDevRun<T>(p: usize, n: i32, mean: f64): f64 {
  const m = f64x2.splat(mean);
  let a0 = f64x2.splat(0), a1 = a0;
  let i = 0;
  if (sizeof<T>() == 4) {
    for (; i + 4 <= n; i += 4) {
      const x = v128.load(p + (<usize>i << 2));
      const d0 = f64x2.sub(f64x2.promote_low_f32x4(x), m), d1 = f64x2.sub(f64x2.promote_low_f32x4(i64x2.shuffle(x, x, 1, 0)), m);
      a0 = f64x2.add(a0, f64x2.mul(d0, d0)); a1 = f64x2.add(a1, f64x2.mul(d1, d1));
    }
  } else {
    for (; i + 4 <= n; i += 4) {
      const q = p + (<usize>i << 3);
      const d0 = f64x2.sub(v128.load(q), m), d1 = f64x2.sub(v128.load(q, 16), m);
      a0 = f64x2.add(a0, f64x2.mul(d0, d0)); a1 = f64x2.add(a1, f64x2.mul(d1, d1));
    }
  }
  const s = f64x2.add(a0, a1);
  let r = f64x2.extract_lane(s, 0) + f64x2.extract_lane(s, 1);
  for (; i < n; i++) { const d = <f64>load<T>(p + <usize>i * sizeof<T>()) - mean; r += d * d; }
  return r;
}

// @ts-ignore: decorator
@inline function vmax<T>(wantMax: bool, x: v128, y: v128): v128 {
  if (sizeof<T>() == 4) return wantMax ? f32x4.max(x, y) : f32x4.min(x, y);
  return wantMax ? f64x2.max(x, y) : f64x2.min(x, y);
}
// @ts-ignore: decorator
@inline function smax<T>(wantMax: bool, x: T, y: T): T {
  if (isNaN(x) || isNaN(y)) return <T>NaN;
  return wantMax ? max<T>(x, y) : min<T>(x, y);
}

// @ts-ignore: decorator
@inline function vpmax<T>(wantMax: bool, x: v128, y: v128): v128 {
  if (sizeof<T>() == 4) return wantMax ? f32x4.pmax(x, y) : f32x4.pmin(x, y);
  return wantMax ? f64x2.pmax(x, y) : f64x2.pmin(x, y);
}
// @ts-ignore: decorator
@inline function vnan<T>(x: v128): v128 { return sizeof<T>() == 4 ? f32x4.ne(x, x) : f64x2.ne(x, x); }

/**
 * max (or min) of n ≥ 1 contiguous floats; NaN if any is NaN. Runs through pmax/pmin (one instruction: V8's max/min
 * with their NaN and zero-sign fix-ups are a long dependency chain) with a separate NaN flag; equal nonzero values
 * have the same bits, so only a zero result (where max/min prefer +0/-0) takes maxRunExact.
 */
export function maxRun<T>(p: usize, n: i32, wantMax: bool): T {
  const L = 16 / <i32>sizeof<T>();
  if (n < 8 * L) return maxRunExact<T>(p, n, wantMax);
  let m0 = v128.load(p), m1 = v128.load(p, 16), m2 = v128.load(p, 32), m3 = v128.load(p, 48);
  let nan = v128.or(v128.or(vnan<T>(m0), vnan<T>(m1)), v128.or(vnan<T>(m2), vnan<T>(m3)));
  let i = 4 * L;
  for (; i + 4 * L <= n; i += 4 * L) {
    const q = p + <usize>i * sizeof<T>();
    const a = v128.load(q), b = v128.load(q, 16), c = v128.load(q, 32), d = v128.load(q, 48);
    m0 = vpmax<T>(wantMax, m0, a); m1 = vpmax<T>(wantMax, m1, b);
    m2 = vpmax<T>(wantMax, m2, c); m3 = vpmax<T>(wantMax, m3, d);
    nan = v128.or(nan, v128.or(v128.or(vnan<T>(a), vnan<T>(b)), v128.or(vnan<T>(c), vnan<T>(d))));
  }
  if (v128.any_true(nan)) return <T>NaN;
  const m = vpmax<T>(wantMax, vpmax<T>(wantMax, m0, m1), vpmax<T>(wantMax, m2, m3));
  let best = extract<T>(m, 0);
  for (let l = 1; l < L; l++) best = smax<T>(wantMax, best, extract<T>(m, l));
  for (; i < n; i++) best = smax<T>(wantMax, best, load<T>(p + <usize>i * sizeof<T>()));
  if (best == <T>0) return maxRunExact<T>(p, n, wantMax);
  return best;
}
/** maxRun through f32x4/f64x2 max/min (their zero signs). */
function maxRunExact<T>(p: usize, n: i32, wantMax: bool): T {
  const L = 16 / <i32>sizeof<T>();
  let i = 0;
  let best = load<T>(p);
  if (n >= 4 * L) {
    let m0 = v128.load(p), m1 = v128.load(p, 16), m2 = v128.load(p, 32), m3 = v128.load(p, 48);
    for (i = 4 * L; i + 4 * L <= n; i += 4 * L) {
      const q = p + <usize>i * sizeof<T>();
      m0 = vmax<T>(wantMax, m0, v128.load(q)); m1 = vmax<T>(wantMax, m1, v128.load(q, 16));
      m2 = vmax<T>(wantMax, m2, v128.load(q, 32)); m3 = vmax<T>(wantMax, m3, v128.load(q, 48));
    }
    const m = vmax<T>(wantMax, vmax<T>(wantMax, m0, m1), vmax<T>(wantMax, m2, m3));
    for (let l = 0; l < L; l++) best = smax<T>(wantMax, best, extract<T>(m, l));
  }
  for (; i < n; i++) best = smax<T>(wantMax, best, load<T>(p + <usize>i * sizeof<T>()));
  return best;
}
// @ts-ignore: decorator
@inline function extract<T>(v: v128, lane: i32): T {
  if (sizeof<T>() == 4) {
    switch (lane) { case 0: return <T>f32x4.extract_lane(v, 0); case 1: return <T>f32x4.extract_lane(v, 1); case 2: return <T>f32x4.extract_lane(v, 2); default: return <T>f32x4.extract_lane(v, 3); }
  }
  return lane == 0 ? <T>f64x2.extract_lane(v, 0) : <T>f64x2.extract_lane(v, 1);
}

/**
 * Column-wise over an [n, inner] block at p (row stride inner): out[j] = sum (op 0, f64 accumulators in acc,
 * then converted) or max/min (ops 2/3) of column j. Rows are streamed, 8 columns at a time stay in registers.
 */
export function reduceColumns<T>(op: i32, p: usize, n: i32, inner: i32, out: usize): void {
  const sz = <usize>sizeof<T>();
  const row = <usize>inner * sz;
  let j = 0;
  if (op == 0) {
    for (; j + 8 <= inner; j += 8) {
      let a0 = f64x2.splat(0), a1 = a0, a2 = a0, a3 = a0;
      let q = p + <usize>j * sz;
      for (let i = 0; i < n; i++) {
        if (sz == 4) {
          const x = v128.load(q), y = v128.load(q, 16);
          a0 = f64x2.add(a0, f64x2.promote_low_f32x4(x)); a1 = f64x2.add(a1, f64x2.promote_low_f32x4(i64x2.shuffle(x, x, 1, 0)));
          a2 = f64x2.add(a2, f64x2.promote_low_f32x4(y)); a3 = f64x2.add(a3, f64x2.promote_low_f32x4(i64x2.shuffle(y, y, 1, 0)));
        } else {
          a0 = f64x2.add(a0, v128.load(q)); a1 = f64x2.add(a1, v128.load(q, 16));
          a2 = f64x2.add(a2, v128.load(q, 32)); a3 = f64x2.add(a3, v128.load(q, 48));
        }
        q += row;
      }
      const o = out + <usize>j * sz;
      if (sz == 4) {
        v128.store(o, f32x4.demote_f64x2_zero(a0)); v128.store(o + 8, f32x4.demote_f64x2_zero(a1));   // lanes 2,3 rewritten next
        v128.store(o + 16, f32x4.demote_f64x2_zero(a2));
        store<f32>(o + 24, <f32>f64x2.extract_lane(a3, 0)); store<f32>(o + 28, <f32>f64x2.extract_lane(a3, 1));
      } else {
        v128.store(o, a0); v128.store(o, a1, 16); v128.store(o, a2, 32); v128.store(o, a3, 48);
      }
    }
    for (; j < inner; j++) {
      let acc: f64 = 0;
      let q = p + <usize>j * sz;
      for (let i = 0; i < n; i++) { acc += <f64>load<T>(q); q += row; }
      store<T>(out + <usize>j * sz, <T>acc);
    }
  } else {
    const wantMax = op == 2;
    const L = 16 / <i32>sz;
    for (; j + 2 * L <= inner; j += 2 * L) {
      let q = p + <usize>j * sz;
      let m0 = v128.load(q), m1 = v128.load(q, 16);
      for (let i = 1; i < n; i++) { q += row; m0 = vmax<T>(wantMax, m0, v128.load(q)); m1 = vmax<T>(wantMax, m1, v128.load(q, 16)); }
      const o = out + <usize>j * sz;
      v128.store(o, m0); v128.store(o, m1, 16);
    }
    for (; j < inner; j++) {
      let q = p + <usize>j * sz;
      let best = load<T>(q);
      for (let i = 1; i < n; i++) { q += row; best = smax<T>(wantMax, best, load<T>(q)); }
      store<T>(out + <usize>j * sz, best);
    }
  }
}

// @ts-ignore: decorator
@inline function vsub2<T>(x: v128, a: v128, b: v128): v128 {   // (x - a) - b
  return sizeof<T>() == 4 ? f32x4.sub(f32x4.sub(x, a), b) : f64x2.sub(f64x2.sub(x, a), b);
}
// @ts-ignore: decorator
@inline function vmul<T>(x: v128, a: v128): v128 { return sizeof<T>() == 4 ? f32x4.mul(x, a) : f64x2.mul(x, a); }

/**
 * softmax (log = false) or log_softmax (log = true) of each contiguous row of n floats, as PyTorch's vectorised
 * lastdim kernels: max, then exp(x - max) stored and summed (float32 in PyTorch's lane order, see expShiftF32),
 * then a scale by 1/sum (softmax) or x - max - log(sum) (log_softmax, two roundings like PyTorch).
 */
export function softmaxRows<T>(src: usize, rows: i32, n: i32, dst: usize, log: bool): void {
  const sz = <usize>sizeof<T>();
  const L = 16 / <i32>sz;
  let nextMax: f32 = sizeof<T>() == 4 && rows > 0 ? maxRun<f32>(src, n, true) : 0;   // row 0's (each row's pass finds the next's)
  for (let r = 0; r < rows; r++) {
    const x = src + <usize>r * n * sz, y = dst + <usize>r * n * sz;
    let mx: T, lse: T, inv: T;
    if (sizeof<T>() == 4) {
      mx = <T>nextMax;
      const both = expShiftF32(n, x, y, <f32>mx, r + 1 < rows ? x + <usize>n * sz : x);
      const sum = reinterpret<f32>(<u32>(both >> 32));
      nextMax = reinterpret<f32>(<u32>both);
      lse = log ? <T>logF32(sum) : 0;
      inv = log ? 0 : <T>(<f32>1 / sum);
    } else {
      mx = maxRun<T>(x, n, true);
      // exp(x - max) stored, summed as vec::reduce_all / map_reduce_all add with Vectorized<double> (4 lanes): lane j
      // takes elements j, j + 4, ... (the last partial group into its first lanes), then lane 0 + 1 + 2 + 3
      let l0: f64 = 0, l1: f64 = 0, l2: f64 = 0, l3: f64 = 0;
      for (let i = 0; i < n; i++) {
        const e = expF64(<f64>load<T>(x + <usize>i * sz) - <f64>mx);
        store<T>(y + <usize>i * sz, <T>e);
        const j = i & 3;
        if (j == 0) l0 = i < 4 ? e : l0 + e; else if (j == 1) l1 = i < 4 ? e : l1 + e; else if (j == 2) l2 = i < 4 ? e : l2 + e; else l3 = i < 4 ? e : l3 + e;
      }
      const sum: f64 = ((l0 + l1) + l2) + l3;
      lse = log ? <T>logF64(sum) : 0;
      inv = log ? 0 : <T>(1 / sum);
    }
    let i = 0;
    if (log) {
      const vm = v128.splat<T>(mx), vl = v128.splat<T>(lse);
      for (; i + 4 * L <= n; i += 4 * L) {   // 64 bytes a step (one vector a step costs as much again in loop overhead)
        const a = x + <usize>i * sz, b = y + <usize>i * sz;
        v128.store(b, vsub2<T>(v128.load(a), vm, vl)); v128.store(b, vsub2<T>(v128.load(a, 16), vm, vl), 16);
        v128.store(b, vsub2<T>(v128.load(a, 32), vm, vl), 32); v128.store(b, vsub2<T>(v128.load(a, 48), vm, vl), 48);
      }
      for (; i + L <= n; i += L) v128.store(y + <usize>i * sz, vsub2<T>(v128.load(x + <usize>i * sz), vm, vl));
      for (; i < n; i++) store<T>(y + <usize>i * sz, (load<T>(x + <usize>i * sz) - mx) - lse);
    } else {
      const v = v128.splat<T>(inv);
      for (; i + 4 * L <= n; i += 4 * L) {
        const q = y + <usize>i * sz;
        v128.store(q, vmul<T>(v128.load(q), v)); v128.store(q, vmul<T>(v128.load(q, 16), v), 16);
        v128.store(q, vmul<T>(v128.load(q, 32), v), 32); v128.store(q, vmul<T>(v128.load(q, 48), v), 48);
      }
      for (; i + L <= n; i += L) v128.store(y + <usize>i * sz, vmul<T>(v128.load(y + <usize>i * sz), v));
      for (; i < n; i++) store<T>(y + <usize>i * sz, load<T>(y + <usize>i * sz) * inv);
    }
  }
}
