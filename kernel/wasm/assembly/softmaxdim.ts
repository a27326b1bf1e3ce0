// softmax / log_softmax along a dim that is not the last, forward and backward, as PyTorch 1.13.1's CPU kernels
// round them (SoftMaxKernel.cpp's _vec_softmax, _vec_log_softmax and the backward; the same order as the host's
// former loops in kernel/engine/reduce-order.ts, measured against torch). A contiguous x is [outer, D, inner]; each
// inner position ("column", its D elements inner apart) is computed alone, so neighbouring columns that take the
// same path run side by side in SIMD lanes here (bit for bit what one column at a time gives):
// - a "vector" column (in PyTorch's Vectorized<T> lanes): max as vec::maximum (NaN wins), exp by Sleef
//   (expf8_u10 / expd4_u10), log by Sleef;
// - a "scalar" column (PyTorch's tail): max as std::max, exp as glibc's expf / exp, log by Sleef.
// Sums in T, from 0, in d order. The backward: Σ g·y fused (fma) or Σ g, then (g - Σ)·y or fma(-exp(y), Σ, g).
// Long calls poll the interrupt flag and return INTERRUPTED (1) early (the output is then partial).
import { expFull, logF32 } from './exp';
import { expF64, expF64x2, expGlibc, logF64 } from './expd';
import { expfG } from './glibc';
import { interrupted } from './host';
import { fma64, madIsFused } from './welford';
import { fmaIsFused } from './sleef';
import { fmaF32T } from './normk';
import { sfma } from './prodnorm';

// @ts-ignore: decorator
@inline const INTERRUPTED: i32 = 1;
/** Elements between looks at the interrupt flag (about a millisecond of work). */
// @ts-ignore: decorator
@inline const POLL: i32 = 1 << 18;

let work: i32 = 0;
/** True when the interrupt flag is set (looked at once per POLL elements of work). */
// @ts-ignore: decorator
@inline function stop(n: i32): bool {
  work += n;
  if (work < POLL) return false;
  work = 0;
  return interrupted() != 0;
}

// @ts-ignore: decorator
@inline function vmax<T>(a: v128, b: v128): v128 { return sizeof<T>() == 4 ? f32x4.max(a, b) : f64x2.max(a, b); }
// @ts-ignore: decorator
@inline function vsub<T>(a: v128, b: v128): v128 { return sizeof<T>() == 4 ? f32x4.sub(a, b) : f64x2.sub(a, b); }
// @ts-ignore: decorator
@inline function vadd<T>(a: v128, b: v128): v128 { return sizeof<T>() == 4 ? f32x4.add(a, b) : f64x2.add(a, b); }
// @ts-ignore: decorator
@inline function vmul<T>(a: v128, b: v128): v128 { return sizeof<T>() == 4 ? f32x4.mul(a, b) : f64x2.mul(a, b); }
// @ts-ignore: decorator
@inline function vdiv<T>(a: v128, b: v128): v128 { return sizeof<T>() == 4 ? f32x4.div(a, b) : f64x2.div(a, b); }
// @ts-ignore: decorator
@inline function vneg<T>(a: v128): v128 { return sizeof<T>() == 4 ? f32x4.neg(a) : f64x2.neg(a); }
/** Sleef's exp of each lane. */
// @ts-ignore: decorator
@inline function vexp<T>(a: v128): v128 {
  return sizeof<T>() == 4 ? expFull(a) : expF64x2(a);
}
/** Sleef's log of each lane. */
// @ts-ignore: decorator
@inline function vlog<T>(a: v128): v128 {
  if (sizeof<T>() == 4) {
    let r = f32x4.splat(logF32(f32x4.extract_lane(a, 0)));
    r = f32x4.replace_lane(r, 1, logF32(f32x4.extract_lane(a, 1)));
    r = f32x4.replace_lane(r, 2, logF32(f32x4.extract_lane(a, 2)));
    return f32x4.replace_lane(r, 3, logF32(f32x4.extract_lane(a, 3)));
  }
  return f64x2.replace_lane(f64x2.splat(logF64(f64x2.extract_lane(a, 0))), 1, logF64(f64x2.extract_lane(a, 1)));
}
/** a·b + c rounded once per lane: the hardware's FMA through relaxed_madd when it fuses (`hw`), else exactly in software. */
// @ts-ignore: decorator
@inline function vfma<T>(a: v128, b: v128, c: v128, hw: bool): v128 {
  if (ASC_FEATURE_RELAXED_SIMD) {
    if (hw) return sizeof<T>() == 4 ? f32x4.relaxed_madd(a, b, c) : f64x2.relaxed_madd(a, b, c);
  }
  if (sizeof<T>() == 4) {
    let r = f32x4.splat(fmaF32T(f32x4.extract_lane(a, 0), f32x4.extract_lane(b, 0), f32x4.extract_lane(c, 0)));
    r = f32x4.replace_lane(r, 1, fmaF32T(f32x4.extract_lane(a, 1), f32x4.extract_lane(b, 1), f32x4.extract_lane(c, 1)));
    r = f32x4.replace_lane(r, 2, fmaF32T(f32x4.extract_lane(a, 2), f32x4.extract_lane(b, 2), f32x4.extract_lane(c, 2)));
    return f32x4.replace_lane(r, 3, fmaF32T(f32x4.extract_lane(a, 3), f32x4.extract_lane(b, 3), f32x4.extract_lane(c, 3)));
  }
  return f64x2.replace_lane(f64x2.splat(fma64(f64x2.extract_lane(a, 0), f64x2.extract_lane(b, 0), f64x2.extract_lane(c, 0))),
    1, fma64(f64x2.extract_lane(a, 1), f64x2.extract_lane(b, 1), f64x2.extract_lane(c, 1)));
}
// @ts-ignore: decorator
@inline function sexp<T>(v: T): T { return sizeof<T>() == 4 ? <T>expfG(<f32>v) : <T>expGlibc(<f64>v); }
// @ts-ignore: decorator
@inline function svexp<T>(v: T): T {
  return sizeof<T>() == 4 ? <T>f32x4.extract_lane(expFull(f32x4.splat(<f32>v)), 0) : <T>expF64(<f64>v);
}
// @ts-ignore: decorator
@inline function slog<T>(v: T): T { return sizeof<T>() == 4 ? <T>logF32(<f32>v) : <T>logF64(<f64>v); }

/**
 * Forward over nv (1-4) vectors of vector columns at x (its first row), output at o; S: bytes between rows.
 * @inline with constant nv and log: one specialised loop each.
 */
// @ts-ignore: decorator
@inline function fwdVec<T>(x: usize, o: usize, D: i32, S: usize, nv: i32, log: bool): void {
  let m0 = v128.load(x), m1 = m0, m2 = m0, m3 = m0;
  if (nv > 1) m1 = v128.load(x, 16);
  if (nv > 2) m2 = v128.load(x, 32);
  if (nv > 3) m3 = v128.load(x, 48);
  for (let d = 1; d < D; d++) {
    const q = x + <usize>d * S;
    m0 = vmax<T>(m0, v128.load(q));
    if (nv > 1) m1 = vmax<T>(m1, v128.load(q, 16));
    if (nv > 2) m2 = vmax<T>(m2, v128.load(q, 32));
    if (nv > 3) m3 = vmax<T>(m3, v128.load(q, 48));
  }
  let s0 = i64x2.splat(0), s1 = s0, s2 = s0, s3 = s0;
  for (let d = 0; d < D; d++) {
    const q = x + <usize>d * S, r = o + <usize>d * S;
    const e0 = vexp<T>(vsub<T>(v128.load(q), m0));
    s0 = vadd<T>(s0, e0);
    if (!log) v128.store(r, e0);
    if (nv > 1) { const e = vexp<T>(vsub<T>(v128.load(q, 16), m1)); s1 = vadd<T>(s1, e); if (!log) v128.store(r, e, 16); }
    if (nv > 2) { const e = vexp<T>(vsub<T>(v128.load(q, 32), m2)); s2 = vadd<T>(s2, e); if (!log) v128.store(r, e, 32); }
    if (nv > 3) { const e = vexp<T>(vsub<T>(v128.load(q, 48), m3)); s3 = vadd<T>(s3, e); if (!log) v128.store(r, e, 48); }
  }
  if (log) {
    s0 = vlog<T>(s0);
    if (nv > 1) s1 = vlog<T>(s1);
    if (nv > 2) s2 = vlog<T>(s2);
    if (nv > 3) s3 = vlog<T>(s3);
    for (let d = 0; d < D; d++) {
      const q = x + <usize>d * S, r = o + <usize>d * S;
      v128.store(r, vsub<T>(vsub<T>(v128.load(q), m0), s0));
      if (nv > 1) v128.store(r, vsub<T>(vsub<T>(v128.load(q, 16), m1), s1), 16);
      if (nv > 2) v128.store(r, vsub<T>(vsub<T>(v128.load(q, 32), m2), s2), 32);
      if (nv > 3) v128.store(r, vsub<T>(vsub<T>(v128.load(q, 48), m3), s3), 48);
    }
  } else {
    for (let d = 0; d < D; d++) {
      const r = o + <usize>d * S;
      v128.store(r, vdiv<T>(v128.load(r), s0));
      if (nv > 1) v128.store(r, vdiv<T>(v128.load(r, 16), s1), 16);
      if (nv > 2) v128.store(r, vdiv<T>(v128.load(r, 32), s2), 32);
      if (nv > 3) v128.store(r, vdiv<T>(v128.load(r, 48), s3), 48);
    }
  }
}

/** Forward of one column at x: a vector column (`vec`) or a scalar one. */
function fwdCol<T>(x: usize, o: usize, D: i32, S: usize, log: bool, vec: bool): void {
  let mx = load<T>(x);
  for (let d = 1; d < D; d++) {
    const v = load<T>(x + <usize>d * S);
    if (vec) mx = isNaN(mx) || isNaN(v) ? <T>NaN : max<T>(mx, v);   // vec::maximum
    else mx = mx < v ? v : mx;                                       // std::max
  }
  let sum: T = 0;
  for (let d = 0; d < D; d++) {
    const v: T = load<T>(x + <usize>d * S) - mx;
    const e = vec ? svexp<T>(v) : sexp<T>(v);
    if (!log) store<T>(o + <usize>d * S, e);
    sum += e;
  }
  if (log) {
    const lse = slog<T>(sum);
    for (let d = 0; d < D; d++) store<T>(o + <usize>d * S, (load<T>(x + <usize>d * S) - mx) - lse);
  } else {
    for (let d = 0; d < D; d++) store<T>(o + <usize>d * S, load<T>(o + <usize>d * S) / sum);
  }
}

/** `count` vector columns from x (a multiple of the vector width): widest blocks first. */
// @ts-ignore: decorator
@inline function fwdVecRun<T>(x: usize, o: usize, D: i32, S: usize, count: i32, log: bool): void {
  const w = 16 / sizeof<T>();   // columns per v128
  let c = 0;
  for (; c + 4 * w <= count; c += 4 * w) fwdVec<T>(x + <usize>c * sizeof<T>(), o + <usize>c * sizeof<T>(), D, S, 4, log);
  for (; c + w <= count; c += w) fwdVec<T>(x + <usize>c * sizeof<T>(), o + <usize>c * sizeof<T>(), D, S, 1, log);
}

/**
 * softmax (log false) over positions [begin, end) of the [outer, inner] columns of a contiguous [outer, D, inner]
 * x: one range of at::parallel_for as _vec_softmax walks it (a group of `lanes` neighbouring columns as a vector
 * while it fits in the row and the range; else the rest of the row, or of the range, one by one as scalars).
 */
function softmaxRangeT<T>(x: usize, o: usize, D: i32, inner: i32, begin: i32, end: i32): i32 {
  const sz = <usize>sizeof<T>(), lanes = sizeof<T>() == 4 ? 8 : 4, S = <usize>inner * sz;
  let idx = begin;
  while (idx < end) {
    const q = idx / inner, i = idx % inner;
    const at = <usize>q * <usize>D * S + <usize>i * sz;
    if (i + lanes <= inner && idx + lanes <= end) {
      // consecutive vector groups side by side (up to 2 of floats, 4 of doubles: 64 bytes a row)
      let n = lanes;
      const most = 16 / <i32>sz * 4;
      while (n + lanes <= most && i + n + lanes <= inner && idx + n + lanes <= end) n += lanes;
      fwdVecRun<T>(x + at, o + at, D, S, n, false);
      idx += n;
      if (stop(n * D)) return INTERRUPTED;
    } else {
      const tail = idx + lanes > end ? end - idx : inner - i;
      for (let j = 0; j < tail; j++) {
        const p = idx + j, qq = p / inner, ii = p % inner;
        const a2 = <usize>qq * <usize>D * S + <usize>ii * sz;
        fwdCol<T>(x + a2, o + a2, D, S, false, false);
      }
      idx += tail;
      if (stop(tail * D)) return INTERRUPTED;
    }
  }
  return 0;
}

/** Backward over nv (1-4) vectors of columns: g, y, output o at their first rows. */
// @ts-ignore: decorator
@inline function bwdVec<T>(g: usize, y: usize, o: usize, D: i32, S: usize, nv: i32, log: bool, vec: bool, hw: bool): void {
  let s0 = i64x2.splat(0), s1 = s0, s2 = s0, s3 = s0;
  for (let d = 0; d < D; d++) {
    const qg = g + <usize>d * S, qy = y + <usize>d * S;
    if (log) {
      s0 = vadd<T>(s0, v128.load(qg));
      if (nv > 1) s1 = vadd<T>(s1, v128.load(qg, 16));
      if (nv > 2) s2 = vadd<T>(s2, v128.load(qg, 32));
      if (nv > 3) s3 = vadd<T>(s3, v128.load(qg, 48));
    } else {
      s0 = vfma<T>(v128.load(qg), v128.load(qy), s0, hw);
      if (nv > 1) s1 = vfma<T>(v128.load(qg, 16), v128.load(qy, 16), s1, hw);
      if (nv > 2) s2 = vfma<T>(v128.load(qg, 32), v128.load(qy, 32), s2, hw);
      if (nv > 3) s3 = vfma<T>(v128.load(qg, 48), v128.load(qy, 48), s3, hw);
    }
  }
  for (let d = 0; d < D; d++) {
    const qg = g + <usize>d * S, qy = y + <usize>d * S, r = o + <usize>d * S;
    if (log) {
      v128.store(r, vfma<T>(vneg<T>(vexpOr<T>(v128.load(qy), vec)), s0, v128.load(qg), hw));
      if (nv > 1) v128.store(r, vfma<T>(vneg<T>(vexpOr<T>(v128.load(qy, 16), vec)), s1, v128.load(qg, 16), hw), 16);
      if (nv > 2) v128.store(r, vfma<T>(vneg<T>(vexpOr<T>(v128.load(qy, 32), vec)), s2, v128.load(qg, 32), hw), 32);
      if (nv > 3) v128.store(r, vfma<T>(vneg<T>(vexpOr<T>(v128.load(qy, 48), vec)), s3, v128.load(qg, 48), hw), 48);
    } else {
      v128.store(r, vmul<T>(vsub<T>(v128.load(qg), s0), v128.load(qy)));
      if (nv > 1) v128.store(r, vmul<T>(vsub<T>(v128.load(qg, 16), s1), v128.load(qy, 16)), 16);
      if (nv > 2) v128.store(r, vmul<T>(vsub<T>(v128.load(qg, 32), s2), v128.load(qy, 32)), 32);
      if (nv > 3) v128.store(r, vmul<T>(vsub<T>(v128.load(qg, 48), s3), v128.load(qy, 48)), 48);
    }
  }
}
/** Sleef's exp of each lane (vec), else glibc's. */
// @ts-ignore: decorator
@inline function vexpOr<T>(a: v128, vec: bool): v128 {
  if (vec) return vexp<T>(a);
  if (sizeof<T>() == 4) {
    let r = f32x4.splat(expfG(f32x4.extract_lane(a, 0)));
    r = f32x4.replace_lane(r, 1, expfG(f32x4.extract_lane(a, 1)));
    r = f32x4.replace_lane(r, 2, expfG(f32x4.extract_lane(a, 2)));
    return f32x4.replace_lane(r, 3, expfG(f32x4.extract_lane(a, 3)));
  }
  return f64x2.replace_lane(f64x2.splat(expGlibc(f64x2.extract_lane(a, 0))), 1, expGlibc(f64x2.extract_lane(a, 1)));
}

/** Backward of one column. */
function bwdCol<T>(g: usize, y: usize, o: usize, D: i32, S: usize, log: bool, vec: bool, hw: bool): void {
  let s: T = 0;
  for (let d = 0; d < D; d++) {
    const gv = load<T>(g + <usize>d * S);
    s = log ? s + gv : sfma<T>(gv, load<T>(y + <usize>d * S), s, hw);
  }
  for (let d = 0; d < D; d++) {
    const gv = load<T>(g + <usize>d * S), yv = load<T>(y + <usize>d * S);
    store<T>(o + <usize>d * S, log ? sfma<T>(-(vec ? svexp<T>(yv) : sexp<T>(yv)), s, gv, hw) : (gv - s) * yv);
  }
}

/**
 * Rows [q0, q1) and columns [i0, i1) of a contiguous [outer, D, inner] block (i0 a multiple of 16; i1 too, or
 * inner): op 0 log_softmax of a (b unused), 1 softmax's backward (a = grad_output, b = output), 2 log_softmax's.
 * Columns before inner - inner % lanes are vector columns, the others scalar ones.
 */
function columnsT<T>(op: i32, a: usize, b: usize, o: usize, D: i32, inner: i32, q0: i32, q1: i32, i0: i32, i1: i32): i32 {
  const sz = <usize>sizeof<T>(), lanes = sizeof<T>() == 4 ? 8 : 4, S = <usize>inner * sz, w = 16 / <i32>sz;
  const cut = inner - inner % lanes;
  const hw = sizeof<T>() == 4 ? fmaIsFused() : madIsFused();
  for (let q = q0; q < q1; q++) {
    const row = <usize>q * <usize>D * S;
    let i = i0;
    const vend = min(cut, i1);
    for (; i + 4 * w <= vend; i += 4 * w) {
      const at = row + <usize>i * sz;
      if (op == 0) fwdVec<T>(a + at, o + at, D, S, 4, true);
      else if (op == 1) bwdVec<T>(a + at, b + at, o + at, D, S, 4, false, true, hw);
      else bwdVec<T>(a + at, b + at, o + at, D, S, 4, true, true, hw);
      if (stop(4 * w * D)) return INTERRUPTED;
    }
    for (; i + w <= vend; i += w) {
      const at = row + <usize>i * sz;
      if (op == 0) fwdVec<T>(a + at, o + at, D, S, 1, true);
      else if (op == 1) bwdVec<T>(a + at, b + at, o + at, D, S, 1, false, true, hw);
      else bwdVec<T>(a + at, b + at, o + at, D, S, 1, true, true, hw);
      if (stop(w * D)) return INTERRUPTED;
    }
    for (; i < i1; i++) {
      const at = row + <usize>i * sz;
      if (op == 0) fwdCol<T>(a + at, o + at, D, S, true, false);
      else bwdCol<T>(a + at, b + at, o + at, D, S, op == 2, false, hw);
      if (stop(D)) return INTERRUPTED;
    }
  }
  return 0;
}

/** _vec_softmax over positions [begin, end) (one at::parallel_for range) of contiguous [outer, D, inner] f32 (single) or f64 x. */
export function softmaxDimRange(single: bool, x: usize, o: usize, D: i32, inner: i32, begin: i32, end: i32): i32 {
  return single ? softmaxRangeT<f32>(x, o, D, inner, begin, end) : softmaxRangeT<f64>(x, o, D, inner, begin, end);
}
/** columnsT for f32 (single) or f64. */
export function softmaxDimColumns(single: bool, op: i32, a: usize, b: usize, o: usize, D: i32, inner: i32, q0: i32, q1: i32, i0: i32, i1: i32): i32 {
  return single ? columnsT<f32>(op, a, b, o, D, inner, q0, q1, i0, i1) : columnsT<f64>(op, a, b, o, D, inner, q0, q1, i0, i1);
}
